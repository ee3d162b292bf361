// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioninfo.h"

#include "contentdatabase.h"
#include "contentlocator.h"
#include "contentrepository.h"
#include "schema.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <cstring>

#ifndef MYELIN_VERSION
#error "MYELIN_VERSION must be defined by the build (app/core/CMakeLists.txt)"
#endif
#ifndef MYELIN_HOMEPAGE_URL
#error "MYELIN_HOMEPAGE_URL must be defined by the build (app/core/CMakeLists.txt)"
#endif

namespace Myelin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Myelin::VersionInfo", text);
}

} // namespace

VersionInfo VersionInfo::current(const ContentRepository *content)
{
    VersionInfo info;
    info.applicationVersion = QStringLiteral(MYELIN_VERSION);
    info.qtRuntimeVersion = QString::fromLatin1(qVersion());
    info.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    if (content != nullptr) {
        info.contentVersion = content->meta(QLatin1String(Schema::MetaContentVersion));
        info.contentDate = content->meta(QLatin1String(Schema::MetaContentDate));
        info.contentOrigin = content->origin();
    }
    return info;
}

QString VersionInfo::text() const
{
    QStringList lines;
    lines << tr("Myelin %1").arg(applicationVersion);
    if (!contentVersion.isEmpty()) {
        lines << (contentDate.isEmpty() ? tr("Content %1").arg(contentVersion)
                                        : tr("Content %1, reviewed up to %2").arg(contentVersion, contentDate));
        if (!contentOrigin.isEmpty()) {
            lines << tr("Content %1").arg(contentOrigin);
        }
    }
    lines << (qtRuntimeVersion == qtBuildVersion
                  ? tr("Qt %1").arg(qtRuntimeVersion)
                  : tr("Qt %1 (built with Qt %2)").arg(qtRuntimeVersion, qtBuildVersion));
    return lines.join(QLatin1Char('\n'));
}

QString VersionInfo::codeLicence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString VersionInfo::contentLicence()
{
    return QStringLiteral("CC-BY-4.0");
}

QString VersionInfo::homepageUrl()
{
    return QStringLiteral(MYELIN_HOMEPAGE_URL);
}

QString VersionInfo::issueTrackerUrl()
{
    return homepageUrl() + QStringLiteral("/issues");
}

QList<VersionInfo::Component> VersionInfo::thirdPartyComponents()
{
    return {
        {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0-only"), tr("windows, text, the database connection")},
        {QStringLiteral("Chromium (in Qt WebEngine)"), tr("BSD-style and others"), tr("shows the articles")},
        {QStringLiteral("SQLite"), tr("public domain"), tr("stores the articles")},
        {QStringLiteral("cmark-gfm"), QStringLiteral("BSD-2-Clause"), tr("turns the articles' Markdown into pages")},
        {QStringLiteral("yaml-cpp"), QStringLiteral("MIT"), tr("reads the glossary, timeline and quotes")},
        {QStringLiteral("gumbo"), QStringLiteral("Apache-2.0"), tr("checks the articles' HTML")},
        {QStringLiteral("qpdf"), QStringLiteral("Apache-2.0"), tr("puts the pages of printed handouts together")},
        {QStringLiteral("libsodium"), QStringLiteral("ISC"), tr("checks the signatures of content updates")},
    };
}

bool VersionInfo::requestedIn(int argc, const char *const *argv)
{
    for (int i = 1; i < argc && argv[i] != nullptr; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            return false;
        }
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            return true;
        }
    }
    return false;
}

int VersionInfo::runVersionCommand(const QStringList &arguments, const QString &applicationDir,
                                   const QString &chosenPath, const QString &origin)
{
    QString contentPath;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--content") && i + 1 < arguments.size()) {
            contentPath = arguments.at(i + 1);
        } else if (argument.startsWith(QLatin1String("--content="))) {
            contentPath = argument.mid(int(std::strlen("--content=")));
        }
    }
    const bool given = !contentPath.isEmpty();
    if (!given) {
        contentPath = chosenPath.isEmpty() ? locateContent(applicationDir) : chosenPath;
    }

    const auto opened = ContentDatabase::open(contentPath);
    if (opened.database) {
        opened.database->setOrigin(given              ? tr("from the file %1").arg(contentPath)
                                   : origin.isEmpty() ? tr("bundled with Myelin")
                                                      : origin);
    }
    int exitCode = 0;
    VersionInfo info;
    if (opened.database) {
        const ContentRepository repository(*opened.database);
        info = current(&repository);
    } else {
        info = current();
        exitCode = 1;
    }
    std::fprintf(stdout, "%s\n", qUtf8Printable(info.text()));
    std::fflush(stdout);
    if (exitCode != 0) {
        std::fprintf(stderr, "myelin: %s\n", qUtf8Printable(opened.message));
    }
    return exitCode;
}

} // namespace Myelin
