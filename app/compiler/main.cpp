// SPDX-License-Identifier: GPL-3.0-or-later
// myelin-build: compiles the content sources into the reader's SQLite database.
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("myelin-build"));
    return Myelin::Compiler::runCommandLine(QCoreApplication::arguments());
}
