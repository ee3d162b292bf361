// SPDX-License-Identifier: GPL-3.0-or-later
// myelin-build's content-pack options: --new-key BASENAME writes a minisign-compatible key pair;
// --pack OUT --sign KEY [--previous DB] puts a compiled database, its manifest and the manifest's
// signature into one .myelinpack (docs/content-packs.md).
#ifndef MYELIN_COMPILER_PACKCOMMAND_H
#define MYELIN_COMPILER_PACKCOMMAND_H

#include <QString>
#include <QTextStream>

namespace Myelin::Compiler {

struct PackOptions
{
    QString database;  // the compiled content
    QString output;    // the .myelinpack to write
    QString secretKey; // minisign secret key file (password in MYELIN_KEY_PASSWORD when encrypted)
    QString previous;  // the database the changes are counted from; empty: every article is "added"
};

// Returns an ExitCode (compiler.h).
int writePack(const PackOptions &options, QTextStream &out, QTextStream &err);
int writeNewKey(const QString &baseName, QTextStream &out, QTextStream &err);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_PACKCOMMAND_H
