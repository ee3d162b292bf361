// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language. Before any window is built, loads Myelin's own translation
// (myelin_<lang>.qm, from share/myelin/translations found beside the content database) and Qt's
// (qtbase_<lang>.qm, so standard dialogs and buttons match) for the first of the user's preferred
// languages that Myelin has. English is built in and needs no file: the search stops at the first
// English preference. Right-to-left languages: a translation that sets QT_LAYOUT_DIRECTION (context
// QGuiApplication) to "RTL" makes Qt mirror the layout when it is installed.
#ifndef MYELIN_CORE_TRANSLATIONS_H
#define MYELIN_CORE_TRANSLATIONS_H

#include <QString>
#include <QStringList>
#include <Qt>
#include <memory>
#include <vector>

class QTranslator;

namespace Myelin {

class Translations
{
public:
    // For the running program: the user's languages (QLocale().uiLanguages(): the system's unless
    // QLocale::setDefault was called), Myelin's files from locateDirectory(applicationDirPath) and
    // Qt's from QLibraryInfo's TranslationsPath. Call once QCoreApplication exists; keep the result
    // alive as long as the application (its destructor removes the translations).
    static Translations installForApplication();

    // Installs the best match for uiLanguages (BCP 47 names such as "de-DE", best first) from
    // myelin_<lang>.qm in directory, plus qtbase_<lang>.qm from the first of qtDirectories that has
    // it. A file that cannot be read is skipped with a warning naming it; nothing ever fails.
    Translations(const QStringList &uiLanguages, const QString &directory, const QStringList &qtDirectories);
    ~Translations(); // removes the translators it installed
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The language loaded, as in its file name ("de", "pt_BR"); empty when the interface is English.
    QString language() const { return m_language; }
    // The .qm files installed, Myelin's first.
    QStringList files() const { return m_files; }
    // The direction the installed translation asks for (its QT_LAYOUT_DIRECTION); left to right for
    // English and for translations that do not say.
    Qt::LayoutDirection layoutDirection() const;

    // Where Myelin's translations may be, in the order tried: the folder "translations" beside each
    // place the content database may be (core/contentlocator).
    static QStringList directoryCandidates(const QString &applicationDir);
    // The first candidate folder that exists; empty when there is none.
    static QString locateDirectory(const QString &applicationDir);
    // The file-name languages to try for uiLanguages, best first, stopping at the first English (or
    // C) preference: {"de-DE", "en-GB", "fr"} gives {"de_DE", "de"}. Names that are not plain
    // language tags are skipped.
    static QStringList languageCandidates(const QStringList &uiLanguages);

private:
    bool install(const QString &path);

    QString m_language;
    QStringList m_files;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Myelin

#endif // MYELIN_CORE_TRANSLATIONS_H
