// SPDX-License-Identifier: GPL-3.0-or-later
// The myelin-build command line: myelin-build <data-dir> -o <out.db> [--strict] [--report]
// [--pack <out.myelinpack> --sign <key> [--previous <old.db>]], or myelin-build --new-key <basename>.
#ifndef MYELIN_COMPILER_COMMANDLINE_H
#define MYELIN_COMPILER_COMMANDLINE_H

#include <QStringList>

namespace Myelin::Compiler {

// Parses the arguments (the first is the program name) and runs the build. Returns the exit code:
// 0 success, 1 content errors, 2 wrong arguments, 3 files that cannot be read or written.
int runCommandLine(const QStringList &arguments);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_COMMANDLINE_H
