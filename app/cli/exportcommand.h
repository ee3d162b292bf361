// SPDX-License-Identifier: GPL-3.0-or-later
// `myelin export`: articles and handouts to PDF, HTML or plain text without opening a window, for
// batch work and scripts. It never needs a display (it uses Qt's offscreen platform).
#ifndef MYELIN_CLI_EXPORTCOMMAND_H
#define MYELIN_CLI_EXPORTCOMMAND_H

#include <QCoreApplication>
#include <cstring>

namespace Myelin::Cli {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Cli::ExportCommand)

public:
    // True when the command line starts with the "export" subcommand. Inline: the reader asks before it
    // loads the web engine module, where the command is.
    static bool requestedIn(int argc, const char *const *argv)
    {
        return argc >= 2 && std::strcmp(argv[1], "export") == 0;
    }
    // Runs the subcommand; creates its own application object. Returns the exit code: 0 done,
    // 1 a problem with the input or output (the message names it), 2 a wrong command line.
    static int run(int argc, char **argv);

    static QString helpText();
};

} // namespace Myelin::Cli

#endif // MYELIN_CLI_EXPORTCOMMAND_H
