// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "contentlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace Myelin {

namespace {

// The string Qt asks its translations for to choose the layout direction. Named here so that lupdate
// puts it into every myelin_<lang>.ts: a translator of Arabic, Hebrew, Persian or Urdu writes "RTL".
constexpr struct
{
    const char *source;
    const char *comment;
} LayoutDirectionKey =
    QT_TRANSLATE_NOOP3("QGuiApplication", "QT_LAYOUT_DIRECTION",
                       "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
                       "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

bool isEnglish(const QString &uiLanguage)
{
    const QLocale::Language language = QLocale(uiLanguage).language();
    return language == QLocale::English || language == QLocale::C;
}

} // namespace

Translations Translations::installForApplication(const QString &chosen)
{
    if (QCoreApplication::instance() == nullptr) {
        return Translations({}, {}, {});
    }
    const QString applicationDir = QCoreApplication::applicationDirPath();
    const QString directory = locateDirectory(applicationDir);
    // Qt's own: where Qt says, else beside the program (where windeployqt puts them).
    return Translations(uiLanguagesFor(chosen), directory,
                        {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                         QDir(applicationDir).filePath(QStringLiteral("translations")), directory});
}

QString Translations::nativeLanguageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::English) {
        return QStringLiteral("English");
    }
    // CLDR's names of the languages alone, where Qt gives the name of the language of one country.
    static const QHash<QLocale::Language, QString> alone{{QLocale::Spanish, QStringLiteral("español")}};
    return alone.value(locale.language(), locale.nativeLanguageName());
}

QStringList Translations::uiLanguagesFor(const QString &chosen)
{
    return chosen.isEmpty() ? QLocale().uiLanguages() : QStringList{chosen};
}

Translations::Translations(const QStringList &uiLanguages, const QString &directory, const QStringList &qtDirectories)
    : m_directory(directory), m_qtDirectories(qtDirectories)
{
    use(uiLanguages);
}

QString Translations::use(const QStringList &uiLanguages)
{
    removeAll();
    m_language.clear();
    // English first (the common case here): no translation to look for.
    const QStringList candidates = m_directory.isEmpty() ? QStringList() : languageCandidates(uiLanguages);
    const QDir dir(m_directory);
    for (const QString &candidate : candidates) {
        const QString path = dir.filePath(QStringLiteral("myelin_%1.qm").arg(candidate));
        if (QFileInfo::exists(path) && install(path)) {
            m_language = candidate;
            break;
        }
    }
    if (m_language.isEmpty() && !m_directory.isEmpty()) {
        // English: the source strings need no file, but their plural forms do ("%n bookmark(s)" ->
        // "1 bookmark", "2 bookmarks"): myelin_en.qm holds only those.
        const QString english = dir.filePath(QStringLiteral("myelin_en.qm"));
        if (QFileInfo::exists(english)) {
            install(english);
        }
    }
    if (!m_language.isEmpty()) {
        // Qt's own dialogs in the same language (English ones stay English): qtbase_pt_BR.qm, else
        // qtbase_pt.qm; or qt_pt_BR.qm, the catalogue windeployqt and qt_deploy_translations ship.
        QStringList qtNames{m_language};
        for (qsizetype cut = m_language.lastIndexOf(QLatin1Char('_')); cut > 0;
             cut = m_language.lastIndexOf(QLatin1Char('_'), cut - 1)) {
            qtNames.append(m_language.left(cut));
        }
        bool found = false;
        for (const QString &name : qtNames) {
            for (const QString &qtDirectory : m_qtDirectories) {
                for (const QString &file : {QStringLiteral("qtbase_%1.qm"), QStringLiteral("qt_%1.qm")}) {
                    const QString path = QDir(qtDirectory).filePath(file.arg(name));
                    if (!found && !qtDirectory.isEmpty() && QFileInfo::exists(path) && install(path)) {
                        found = true;
                    }
                }
            }
        }
    }
    // Dates and numbers in the language shown (pages, printouts); the system's again for English.
    QLocale::setDefault(m_language.isEmpty() ? m_systemLocale : QLocale(m_language));
    return m_language; // Qt mirrors the layout on the LanguageChange this posts, from QT_LAYOUT_DIRECTION
}

QString Translations::useChoice(const QString &chosen)
{
    return use(chosen.isEmpty() ? m_systemLocale.uiLanguages() : QStringList{chosen});
}

QStringList Translations::available() const
{
    return availableIn(m_directory);
}

QStringList Translations::availableIn(const QString &directory)
{
    if (directory.isEmpty()) {
        return {};
    }
    QStringList languages;
    const QStringList files = QDir(directory).entryList({QStringLiteral("myelin_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(7, file.size() - 10); // myelin_<language>.qm
        if (!language.isEmpty() && !isEnglish(language)) {
            languages.append(language);
        }
    }
    return languages;
}

Translations::~Translations()
{
    removeAll();
    if (!m_language.isEmpty()) {
        QLocale::setDefault(m_systemLocale);
    }
}

void Translations::removeAll()
{
    if (QCoreApplication::instance() != nullptr) {
        for (const auto &translator : m_translators) {
            QCoreApplication::removeTranslator(translator.get());
        }
    }
    m_translators.clear();
    m_files.clear();
}

bool Translations::install(const QString &path)
{
    auto translator = std::make_unique<QTranslator>();
    // An empty, non-null suffix: load exactly this file, with none of QTranslator's name guessing.
    if (!translator->load(path, QString(), QString(), QLatin1String(""))) {
        qWarning("myelin: ignoring the translation %s: it could not be read as a Qt translation (.qm) file",
                 qUtf8Printable(QDir::toNativeSeparators(path)));
        return false;
    }
    if (translator->isEmpty()) {
        return false; // nothing translated yet (a new language, or the English catalogue)
    }
    if (QCoreApplication::instance() == nullptr) {
        return false;
    }
    QCoreApplication::installTranslator(translator.get()); // Qt re-reads QT_LAYOUT_DIRECTION here
    m_translators.push_back(std::move(translator));
    m_files.append(path);
    return true;
}

bool Translations::interfaceIsRightToLeft()
{
    return QCoreApplication::translate("QGuiApplication", LayoutDirectionKey.source, LayoutDirectionKey.comment) ==
           QLatin1String("RTL");
}

Qt::LayoutDirection Translations::layoutDirection() const
{
    for (const auto &translator : m_translators) {
        const QString direction =
            translator->translate("QGuiApplication", LayoutDirectionKey.source, LayoutDirectionKey.comment);
        if (direction == QLatin1String("RTL")) {
            return Qt::RightToLeft;
        }
        if (direction == QLatin1String("LTR")) {
            return Qt::LeftToRight;
        }
    }
    return Qt::LeftToRight;
}

QStringList Translations::directoryCandidates(const QString &applicationDir)
{
    QStringList folders;
    for (const QString &content : contentCandidates(applicationDir)) {
        folders.append(QDir::cleanPath(QFileInfo(content).path() + QStringLiteral("/translations")));
    }
    folders.removeDuplicates();
    return folders;
}

QString Translations::locateDirectory(const QString &applicationDir)
{
    for (const QString &folder : directoryCandidates(applicationDir)) {
        if (QFileInfo(folder).isDir()) {
            return folder;
        }
    }
    return {};
}

QStringList Translations::languageCandidates(const QStringList &uiLanguages)
{
    static const QRegularExpression plainTag(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    QStringList names;
    for (const QString &uiLanguage : uiLanguages) {
        if (!plainTag.match(uiLanguage).hasMatch()) {
            continue;
        }
        if (isEnglish(uiLanguage)) {
            break;
        }
        QString name = uiLanguage;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (;;) { // de_DE, then de
            if (!names.contains(name)) {
                names.append(name);
            }
            const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
            if (cut <= 0) {
                break;
            }
            name.truncate(cut);
        }
    }
    return names;
}

} // namespace Myelin
