// SPDX-License-Identifier: GPL-3.0-or-later
// What the command-line commands (myelin export, myelin update) share: their exit statuses and one
// way to print a message line, flushed at once so it comes in order with Qt's own output.
#ifndef MYELIN_CLI_CLIOUTPUT_H
#define MYELIN_CLI_CLIOUTPUT_H

#include <QString>
#include <cstdio>

namespace Myelin::Cli {

// 0: done (or accepted); 1: a file, an article or a pack is a problem (the message names it);
// 2: the command line is wrong.
inline constexpr int ExitDone = 0;
inline constexpr int ExitProblem = 1;
inline constexpr int ExitUsage = 2;

inline void say(FILE *stream, const QString &message)
{
    std::fprintf(stream, "%s\n", qUtf8Printable(message));
    std::fflush(stream);
}

} // namespace Myelin::Cli

#endif // MYELIN_CLI_CLIOUTPUT_H
