// SPDX-License-Identifier: GPL-3.0-or-later
// `myelin update --check FILE` and `myelin update --install FILE`: content packs checked and
// installed without a window, for volunteers preparing machines. --trusted-key PUBFILE trusts a
// further minisign public key for that run (never replacing the built-in ones); --go-back accepts a
// pack older than (or the same as) the content in use. Needs no display.
#ifndef MYELIN_CLI_UPDATECOMMAND_H
#define MYELIN_CLI_UPDATECOMMAND_H

#include <QCoreApplication>

namespace Myelin::Cli {

class UpdateCommand
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Cli::UpdateCommand)

public:
    // True when the command line starts with the "update" subcommand.
    static bool requestedIn(int argc, const char *const *argv);
    // Runs it; creates its own application object. Returns 0 when the pack is (or would be) accepted,
    // 1 when it is refused or cannot be installed (the message names the file and why), 2 for a wrong
    // command line.
    static int run(int argc, char **argv);
};

} // namespace Myelin::Cli

#endif // MYELIN_CLI_UPDATECOMMAND_H
