// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "contentlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

Translations Translations::installForApplication()
{
    if (QCoreApplication::instance() == nullptr) {
        return Translations({}, {}, {});
    }
    const QString applicationDir = QCoreApplication::applicationDirPath();
    const QStringList uiLanguages = QLocale().uiLanguages();
    // English first (the common case here): no folder to look for, no file to open.
    if (uiLanguages.isEmpty() || isEnglish(uiLanguages.first())) {
        return Translations({}, {}, {});
    }
    const QString directory = locateDirectory(applicationDir);
    // Qt's own: where Qt says, else beside the program (where windeployqt puts them).
    return Translations(uiLanguages, directory,
                        {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                         QDir(applicationDir).filePath(QStringLiteral("translations")), directory});
}

Translations::Translations(const QStringList &uiLanguages, const QString &directory, const QStringList &qtDirectories)
{
    if (directory.isEmpty()) {
        return;
    }
    const QStringList candidates = languageCandidates(uiLanguages);
    const QDir dir(directory);
    for (const QString &candidate : candidates) {
        const QString path = dir.filePath(QStringLiteral("myelin_%1.qm").arg(candidate));
        if (QFileInfo::exists(path) && install(path)) {
            m_language = candidate;
            break;
        }
    }
    if (m_language.isEmpty()) {
        return; // English: Qt's own dialogs stay English too, so the window is in one language
    }
    // qtbase_pt_BR.qm, else qtbase_pt.qm.
    QStringList qtNames{m_language};
    for (qsizetype cut = m_language.lastIndexOf(QLatin1Char('_')); cut > 0;
         cut = m_language.lastIndexOf(QLatin1Char('_'), cut - 1)) {
        qtNames.append(m_language.left(cut));
    }
    for (const QString &name : qtNames) {
        for (const QString &qtDirectory : qtDirectories) {
            if (qtDirectory.isEmpty()) {
                continue;
            }
            const QString path = QDir(qtDirectory).filePath(QStringLiteral("qtbase_%1.qm").arg(name));
            if (QFileInfo::exists(path) && install(path)) {
                return;
            }
        }
    }
}

Translations::~Translations()
{
    if (QCoreApplication::instance() == nullptr) {
        return;
    }
    for (const auto &translator : m_translators) {
        QCoreApplication::removeTranslator(translator.get());
    }
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
