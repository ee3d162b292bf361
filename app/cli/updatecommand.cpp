// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatecommand.h"

#include "clioutput.h"
#include "core/contentdatabase.h"
#include "core/contentlocator.h"
#include "core/schema.h"
#include "core/translations.h"
#include "update/contentstore.h"
#include "update/packcheck.h"
#include "update/trustedkeys.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>
#include <cstring>

namespace Myelin::Cli {

namespace {

QString articleLines(const QString &mark, const QList<Update::ArticleChange> &articles)
{
    QStringList lines;
    for (const Update::ArticleChange &article : articles) {
        lines << QStringLiteral("    %1 %2 (%3, reviewed %4)").arg(mark, article.title, article.slug, article.reviewed);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool UpdateCommand::requestedIn(int argc, const char *const *argv)
{
    return argc >= 2 && std::strcmp(argv[1], "update") == 0;
}

int UpdateCommand::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the reader's, so the installed content goes where the reader looks for it.
    QCoreApplication::setOrganizationName(QStringLiteral("Myelin"));
    QCoreApplication::setApplicationName(QStringLiteral("myelin"));
    const auto translations = Translations::installForApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks or installs a Myelin content pack (.myelinpack) without opening a window.\n"
           "Exit codes: 0 the pack is accepted (and installed, with --install), 1 it is refused or could not be "
           "installed, 2 a wrong command line."));
    parser.addHelpOption();
    const QCommandLineOption check(QStringLiteral("check"), tr("Check <file> and print its manifest; change nothing."),
                                   QStringLiteral("file"));
    const QCommandLineOption install(QStringLiteral("install"),
                                     tr("Check <file> and install it as the content Myelin shows."),
                                     QStringLiteral("file"));
    const QCommandLineOption trusted(QStringLiteral("trusted-key"),
                                     tr("Also trust the minisign public key in <pubfile> for this run (the built-in "
                                        "keys stay trusted)."),
                                     QStringLiteral("pubfile"));
    const QCommandLineOption goBack(QStringLiteral("go-back"),
                                    tr("Accept a pack older than, or the same as, the content in use."));
    parser.addOptions({check, install, trusted, goBack});
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "update"
    if (!parser.parse(arguments)) {
        say(stderr, QStringLiteral("myelin update: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        say(stdout,
            parser.helpText().replace(QLatin1String("myelin [options]"), QLatin1String("myelin update [options]")));
        return ExitDone;
    }
    if (parser.isSet(check) == parser.isSet(install) || !parser.positionalArguments().isEmpty() ||
        parser.values(check).size() > 1 || parser.values(install).size() > 1) {
        say(stderr, tr("myelin update: give one of --check <file> or --install <file>."));
        say(stderr, tr("Run \"myelin update --help\" to see how to use it."));
        return ExitUsage;
    }
    const bool installing = parser.isSet(install);
    const QString packPath = installing ? parser.value(install) : parser.value(check);

    Update::TrustedKeys keys = Update::TrustedKeys::builtIn();
    for (const QString &file : parser.values(trusted)) {
        QString error;
        if (!keys.addFile(file, &error)) {
            say(stderr, QStringLiteral("myelin update: ") + error);
            return ExitUsage;
        }
    }

    Update::ContentStore store;
    const Update::ContentStore::Choice inUse = store.choose(locateContent(QCoreApplication::applicationDirPath()));
    if (!inUse.warning.isEmpty()) {
        say(stderr, QStringLiteral("myelin update: ") + inUse.warning);
    }
    Update::PackCheck::Options options;
    options.allowOlder = parser.isSet(goBack);
    {
        const auto opened = ContentDatabase::open(inUse.path);
        options.installedVersion =
            opened.database ? opened.database->meta(QLatin1String(Schema::MetaContentVersion)) : QString();
    }

    QElapsedTimer timer;
    timer.start();
    const Update::PackCheck::Result checked = Update::PackCheck::check(packPath, keys, options);
    const qint64 checkMs = timer.elapsed();
    if (!checked.accepted()) {
        say(stderr, QStringLiteral("myelin update: ") + checked.message);
        return ExitProblem;
    }
    const Update::Manifest &manifest = checked.manifest;
    QStringList lines;
    lines << tr("%1 is a valid content pack (checked in %2 ms).").arg(QDir::toNativeSeparators(packPath)).arg(checkMs)
          << tr("  Content:   %1, version %2, reviewed up to %3")
                 .arg(manifest.title, manifest.contentVersion, manifest.contentDate)
          << tr("  Schema:    %1").arg(manifest.schemaVersion) << tr("  Made:      %1").arg(manifest.created)
          << tr("  Signed by: %1 (key %2)").arg(checked.signer.name, checked.signer.key.keyIdText())
          << tr("  Database:  %1 bytes, BLAKE2b-512 %2")
                 .arg(manifest.databaseSize)
                 .arg(QString::fromLatin1(manifest.databaseHash.toHex().left(16)) + QStringLiteral("…"))
          << (manifest.previousVersion.isEmpty()
                  ? tr("  Articles:  %1 (the pack lists every article)").arg(manifest.changes.added.size())
                  : tr("  Changes since %1: %2 new, %3 changed, %4 removed")
                        .arg(manifest.previousVersion)
                        .arg(manifest.changes.added.size())
                        .arg(manifest.changes.changed.size())
                        .arg(manifest.changes.removed.size()));
    if (!manifest.previousVersion.isEmpty()) {
        for (const QString &part : {articleLines(QStringLiteral("+"), manifest.changes.added),
                                    articleLines(QStringLiteral("~"), manifest.changes.changed),
                                    articleLines(QStringLiteral("-"), manifest.changes.removed)}) {
            if (!part.isEmpty()) {
                lines << part;
            }
        }
    }
    lines << tr("  In use:    %1 (%2)")
                 .arg(options.installedVersion.isEmpty() ? tr("no readable content") : options.installedVersion,
                      inUse.origin.describe());
    say(stdout, lines.join(QLatin1Char('\n')));
    if (!installing) {
        return ExitDone;
    }
    timer.restart();
    QString error;
    if (!store.install(checked, packPath, inUse, &error)) {
        say(stderr, tr("myelin update: the content pack %1 was not installed: %2")
                        .arg(QDir::toNativeSeparators(packPath), error));
        return ExitProblem;
    }
    say(stdout, tr("Installed content %1 in %2 (%3 ms). Myelin shows it from its next start; the previous content "
                   "is kept, and File > Go Back to Previous Content returns to it.")
                    .arg(manifest.contentVersion, QDir::toNativeSeparators(store.folder()))
                    .arg(timer.elapsed()));
    return ExitDone;
}

} // namespace Myelin::Cli
