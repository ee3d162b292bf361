// SPDX-License-Identifier: GPL-3.0-or-later
// Which Myelin this is: the application, content and Qt versions, the licences and the third-party
// components. One source for `myelin --version` and Help > About Myelin, so the two always agree.
#ifndef MYELIN_CORE_VERSIONINFO_H
#define MYELIN_CORE_VERSIONINFO_H

#include <QList>
#include <QString>

namespace Myelin {

class ContentRepository;

class VersionInfo
{
public:
    struct Component
    {
        QString name;
        QString licence;
        QString use; // what Myelin uses it for, in plain words
    };

    // The versions of this build; content fields are empty when no content is given.
    static VersionInfo current(const ContentRepository *content = nullptr);

    QString applicationVersion; // the project version compiled in, e.g. 0.1.0
    QString contentVersion;     // meta content_version, e.g. 2026.11.1
    QString contentDate;        // meta content_date: the newest review date, YYYY-MM-DD
    QString contentOrigin;      // where the content came from (ContentDatabase::origin), e.g. "bundled with Myelin"
    QString qtRuntimeVersion;   // the Qt libraries found at run time
    QString qtBuildVersion;     // the Qt headers this build was compiled against

    // Plain-text lines for --version: application, content (when known) and Qt.
    QString text() const;

    static QString codeLicence();    // SPDX id of the application's code
    static QString contentLicence(); // SPDX id of the bundled articles, glossary and images
    static QString issueTrackerUrl();
    static QString homepageUrl();
    static QList<Component> thirdPartyComponents();

    // `--version` anywhere before a lone `--` in argv (it takes no value, so it cannot be an
    // option's argument). Checked before QApplication exists, so it needs no display.
    static bool requestedIn(int argc, const char *const *argv);
    // Prints text() to stdout for the content the reader would open (or --content <file>); needs a
    // QCoreApplication. Returns 0, or 1 with a message naming the file when the content cannot be read.
    // chosenPath and origin: the content the reader would open and where it came from (an installed
    // update, main.cpp); empty: the bundled content.
    static int runVersionCommand(const QStringList &arguments, const QString &applicationDir,
                                 const QString &chosenPath = {}, const QString &origin = {});
};

} // namespace Myelin

#endif // MYELIN_CORE_VERSIONINFO_H
