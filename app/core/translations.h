// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language. Before any window is built, loads Myelin's own translation
// (myelin_<lang>.qm, from share/myelin/translations found beside the content database) and Qt's
// (qtbase_<lang>.qm, so standard dialogs and buttons match) for the first of the user's preferred
// languages that Myelin has. English is built in and needs no file: the search stops at the first
// English preference. Right-to-left languages: a translation that sets QT_LAYOUT_DIRECTION (context
// QGuiApplication) to "RTL" makes Qt mirror the layout when it is installed.
#ifndef MYELIN_CORE_TRANSLATIONS_H
#define MYELIN_CORE_TRANSLATIONS_H

#include <QLocale>
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
    // chosen: the reader's choice of language (Settings::language(): "de", "en"); empty follows the system.
    static Translations installForApplication(const QString &chosen = QString());

    // Installs the best match for uiLanguages (BCP 47 names such as "de-DE", best first) from
    // myelin_<lang>.qm in directory, plus qtbase_<lang>.qm from the first of qtDirectories that has
    // it. A file that cannot be read is skipped with a warning naming it; nothing ever fails.
    Translations(const QStringList &uiLanguages, const QString &directory, const QStringList &qtDirectories);
    ~Translations(); // removes the translators it installed
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Changes the language while the program runs: removes the translations installed and installs the
    // best match for uiLanguages from the same folders, as the constructor does ({} or {"en"}: English).
    // Qt sends QEvent::LanguageChange to the application and every widget; there QGuiApplication sets
    // the layout direction the new translation asks for. Returns the language now in use ("" for English).
    QString use(const QStringList &uiLanguages);
    // use() for a reader's choice ("de", "en"; empty: the system's languages as they were when this
    // object was made, whatever QLocale::setDefault says since).
    QString useChoice(const QString &chosen);
    // uiLanguages for use() and installForApplication() from a reader's choice: the system's list for
    // an empty choice, else the choice alone.
    static QStringList uiLanguagesFor(const QString &chosen);

    // The languages there are translations for in the folder, as in their file names, sorted; English
    // (built in) is not among them.
    QStringList available() const;
    static QStringList availableIn(const QString &directory);

    // The language loaded, as in its file name ("de", "pt_BR"); empty when the interface is English.
    QString language() const { return m_language; }
    // The .qm files installed, Myelin's first (for English: myelin_en.qm, its plural forms, when found).
    QStringList files() const { return m_files; }
    // The direction the installed translation asks for (its QT_LAYOUT_DIRECTION); left to right for
    // English and for translations that do not say.
    Qt::LayoutDirection layoutDirection() const;
    // Whether the translations installed now (whoever installed them) ask for right to left.
    static bool interfaceIsRightToLeft();
    // A language's name in itself, without a country unless the code names one: "español" for "es"
    // (Qt 6.4 says "español de España"), "português" for "pt_BR" (the country is the caller's to add).
    static QString nativeLanguageName(const QString &code);

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
    void removeAll();

    QString m_directory;
    QLocale m_systemLocale; // QLocale() when made: dates and numbers follow the language in use

    QStringList m_qtDirectories;

    QString m_language;
    QStringList m_files;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Myelin

#endif // MYELIN_CORE_TRANSLATIONS_H
