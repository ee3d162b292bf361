// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "compiler.h"
#include "packcommand.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace Myelin::Compiler {

namespace {

int usageError(QTextStream &err, const QString &message)
{
    err << "myelin-build: " << message << "\n"
        << "Usage: myelin-build <data-dir> -o <out.db> [--strict] [--report] [--pack <out.myelinpack> --sign "
           "<key> [--previous <old.db>]]\n"
        << "       myelin-build --new-key <basename>\n"
        << "Try 'myelin-build --help' for more information." << Qt::endl;
    return ExitUsageError;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compiles Myelin content sources (Markdown articles and YAML files) into one SQLite "
                       "database.\n\nExit codes: 0 success, 1 content errors, 2 wrong arguments, 3 files that "
                       "cannot be read or written."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the database to <file> (required)."), QStringLiteral("file"));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Treat warnings as errors."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Print each article's word count, reading grade, number of sources "
                                                   "and related articles and how many of its figures cite a source, "
                                                   "then totals and every figure without a citation (file:line)."));
    const QCommandLineOption pack(
        QStringLiteral("pack"),
        QStringLiteral("After compiling, write a signed content pack to <file> (.myelinpack): "
                       "the database, its manifest and the manifest's minisign signature. "
                       "Needs --sign."),
        QStringLiteral("file"));
    const QCommandLineOption sign(QStringLiteral("sign"),
                                  QStringLiteral("Sign the pack with the minisign secret key <keyfile> (from --new-key "
                                                 "or minisign -G; an encrypted key's password is read from "
                                                 "MYELIN_KEY_PASSWORD)."),
                                  QStringLiteral("keyfile"));
    const QCommandLineOption previous(QStringLiteral("previous"),
                                      QStringLiteral("List in the pack's manifest the articles added, changed and "
                                                     "removed since the content database <db> (usually the last "
                                                     "release). Without it every article counts as added."),
                                      QStringLiteral("db"));
    const QCommandLineOption newKey(QStringLiteral("new-key"),
                                    QStringLiteral("Write a new key pair, <basename>.pub and <basename>.key (not "
                                                   "encrypted; minisign reads both), and stop."),
                                    QStringLiteral("basename"));
    parser.addOptions({output, strict, report, pack, sign, previous, newKey});
    parser.addPositionalArgument(QStringLiteral("data-dir"),
                                 QStringLiteral("The content folder (content.yaml, articles/, glossary.yaml, ...)."));

    if (!parser.parse(arguments)) {
        return usageError(err, parser.errorText());
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.isSet(version)) {
        out << "myelin-build " << MYELIN_VERSION << Qt::endl;
        return ExitSuccess;
    }
    if (parser.isSet(newKey)) {
        if (!parser.positionalArguments().isEmpty() || parser.isSet(output) || parser.isSet(pack)) {
            return usageError(err, QStringLiteral("--new-key takes no content folder, -o or --pack"));
        }
        return writeNewKey(parser.value(newKey), out, err);
    }
    if (parser.isSet(pack) != parser.isSet(sign)) {
        return usageError(err, parser.isSet(pack) ? QStringLiteral("--pack needs --sign <keyfile>")
                                                  : QStringLiteral("--sign is used only with --pack"));
    }
    if (parser.isSet(previous) && !parser.isSet(pack)) {
        return usageError(err, QStringLiteral("--previous is used only with --pack"));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(err, QStringLiteral("missing the content folder <data-dir>"));
    }
    if (positional.size() > 1) {
        return usageError(err, QStringLiteral("only one content folder may be given, not '%1'")
                                   .arg(positional.join(QStringLiteral("', '"))));
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        return usageError(err, QStringLiteral("missing the output file: add -o <out.db>"));
    }
    if (parser.values(output).size() > 1) {
        return usageError(err, QStringLiteral("only one output file may be given"));
    }
    if (positional.first().isEmpty()) {
        return usageError(err, QStringLiteral("the content folder name is empty"));
    }

    CompileOptions options;
    options.dataDir = positional.first();
    options.output = parser.value(output);
    options.strict = parser.isSet(strict);
    options.report = parser.isSet(report);
    const int compiled = compile(options, out, err);
    if (compiled != ExitSuccess || !parser.isSet(pack)) {
        return compiled;
    }
    return writePack({options.output, parser.value(pack), parser.value(sign), parser.value(previous)}, out, err);
}

} // namespace Myelin::Compiler
