// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"

#include "articleparser.h"
#include "buildlimits.h"
#include "datafiles.h"
#include "svgchecker.h"
#include "translationparser.h"

#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <utility>

namespace Myelin::Compiler {

namespace {

const QString ArticleKind = QStringLiteral("an article");
const QString DataFileKind = QStringLiteral("a data file");
const QString ImageKind = QStringLiteral("an image file");

// Entries at the top of the data folder that belong to the project, not to the content.
bool isProjectFile(const QString &name)
{
    return name == QLatin1String("README.md") || name == QLatin1String("CMakeLists.txt");
}

bool isContentEntry(const QString &name)
{
    for (const char *known :
         {DataFiles::ContentFile, DataFiles::GlossaryFile, DataFiles::TimelineFile, DataFiles::QuotesFile,
          DataFiles::SynonymsFile, DataFiles::ArticlesDir, DataFiles::ImagesDir}) {
        if (name == QLatin1String(known)) {
            return true;
        }
    }
    return false;
}

} // namespace

ContentLoader::ContentLoader(const QString &dataDir, Diagnostics &diagnostics)
    : m_root(dataDir), m_folder(dataDir), m_diagnostics(diagnostics)
{}

void ContentLoader::ioError(const QString &relativePath, const QString &reason)
{
    m_ioErrors.append(QStringLiteral("%1: error: %2").arg(joinPath(m_root, relativePath), reason));
}

void ContentLoader::refused(const FolderEntry &entry)
{
    m_diagnostics.error(entry.path, 1, QStringLiteral("not read: it is %1").arg(entry.problem));
}

bool ContentLoader::listFolder(const QString &relativeDir, QList<FolderEntry> &entries)
{
    QString error;
    if (!m_folder.list(relativeDir, entries, error)) {
        ioError(relativeDir, QStringLiteral("cannot read directory: %1").arg(error));
        return false;
    }
    return true;
}

std::optional<QByteArray> ContentLoader::readBytes(const FolderEntry &entry, qint64 limit, const QString &what)
{
    FileData file = m_folder.read(entry, limit);
    switch (file.status) {
    case FileData::Status::Read:
        return std::move(file.data);
    case FileData::Status::TooLarge:
        m_diagnostics.error(
            entry.path, 1, QStringLiteral("the file is larger than %1, the most %2 may be").arg(sizeText(limit), what));
        return std::nullopt;
    case FileData::Status::Failed:
        break;
    }
    ioError(entry.path, QStringLiteral("cannot read file: %1").arg(file.error));
    return std::nullopt;
}

std::optional<QString> ContentLoader::readText(const FolderEntry &entry, qint64 limit, const QString &what)
{
    const auto bytes = readBytes(entry, limit, what);
    if (!bytes) {
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        m_diagnostics.warning(entry.path, 1, QStringLiteral("the file is not valid UTF-8; bad bytes were replaced"));
    }
    if (text.contains(QChar(0))) {
        m_diagnostics.error(entry.path, 1, QStringLiteral("the file contains NUL characters"));
        text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    }
    return text;
}

std::optional<QString> ContentLoader::readText(const QString &relativePath, Presence presence)
{
    const FolderEntry entry = m_folder.entry(relativePath);
    switch (entry.type) {
    case FolderEntry::Type::Missing:
        if (presence == Presence::Required) {
            m_diagnostics.error(relativePath, 1, QStringLiteral("missing file"));
        } else if (presence == Presence::Optional) {
            return std::nullopt;
        } else {
            m_diagnostics.warning(relativePath, 1, QStringLiteral("missing file: nothing of this kind is included"));
        }
        return std::nullopt;
    case FolderEntry::Type::Directory:
        ioError(relativePath, QStringLiteral("not a regular file"));
        return std::nullopt;
    case FolderEntry::Type::Refused:
        refused(entry);
        return std::nullopt;
    case FolderEntry::Type::File:
        break;
    }
    return readText(entry, Limits::OtherFileBytes, DataFileKind);
}

Content ContentLoader::load()
{
    Content content;
    const QFileInfo rootInfo(m_root);
    if (!rootInfo.isDir() || !rootInfo.isReadable() || !rootInfo.isExecutable()) {
        m_ioErrors.append(QStringLiteral("%1: error: cannot read data directory: %2")
                              .arg(m_root, rootInfo.exists() ? QStringLiteral("not a readable directory")
                                                             : QStringLiteral("it does not exist")));
        return content;
    }
    checkTopLevel();
    if (const auto text = readText(QLatin1String(DataFiles::ContentFile), Presence::Required)) {
        DataFiles::parseContentInfo(*text, content, m_diagnostics);
    }
    loadImages(content);
    if (const auto text = readText(QLatin1String(DataFiles::GlossaryFile), Presence::Expected)) {
        content.glossary = DataFiles::parseGlossary(*text, m_diagnostics);
    }
    if (const auto text = readText(QLatin1String(DataFiles::TimelineFile), Presence::Expected)) {
        content.timeline = DataFiles::parseTimeline(*text, m_diagnostics);
    }
    if (const auto text = readText(QLatin1String(DataFiles::QuotesFile), Presence::Expected)) {
        content.quotes = DataFiles::parseQuotes(*text, m_diagnostics);
    }
    if (const auto text = readText(QLatin1String(DataFiles::SynonymsFile), Presence::Optional)) {
        content.synonyms = DataFiles::parseSynonyms(*text, m_diagnostics);
    }
    loadArticles(content);
    loadTranslatedFiles(content);
    return content;
}

void ContentLoader::checkTopLevel()
{
    QList<FolderEntry> entries;
    if (!listFolder(QString(), entries)) {
        return;
    }
    for (const FolderEntry &entry : std::as_const(entries)) {
        bool translation = false;
        for (const char *base : {"glossary", "timeline", "quotes", "synonyms"}) {
            if (const QString language = translatedFileLanguage(entry.name, base); !language.isEmpty()) {
                m_translatedFiles.append({entry.name, QLatin1String(base), language});
                translation = true;
            }
        }
        if (!translation && !isContentEntry(entry.name) && !isProjectFile(entry.name)) {
            m_diagnostics.warning(entry.path, 1,
                                  QStringLiteral("ignored: the build reads only content.yaml, glossary.yaml, "
                                                 "timeline.yaml, quotes.yaml, synonyms.yaml, their translations "
                                                 "(glossary.<language>.yaml, timeline.<language>.yaml, "
                                                 "quotes.<language>.yaml, synonyms.<language>.yaml), articles/ and "
                                                 "images/"));
        }
    }
}

void ContentLoader::loadTranslatedFiles(Content &content)
{
    for (const TranslatedFile &translated : std::as_const(m_translatedFiles)) {
        const auto text = readText(translated.file, Presence::Required);
        if (!text) {
            continue;
        }
        if (translated.base == QLatin1String("glossary")) {
            content.glossaryTranslations.append(
                parseGlossaryTranslation(translated.file, translated.language, *text, m_diagnostics));
        } else if (translated.base == QLatin1String("synonyms")) {
            content.synonymTranslations.append(
                parseSynonymTranslation(translated.file, translated.language, *text, m_diagnostics));
        } else if (translated.base == QLatin1String("timeline")) {
            content.timelineTranslations.append(
                parseTimelineTranslation(translated.file, translated.language, *text, m_diagnostics));
        } else {
            content.quoteTranslations.append(
                parseQuoteTranslation(translated.file, translated.language, *text, m_diagnostics));
        }
    }
}

void ContentLoader::loadTranslatedArticles(const FolderEntry &folder, Content &content)
{
    QList<FolderEntry> entries;
    if (!listFolder(folder.path, entries)) {
        return;
    }
    for (const FolderEntry &entry : std::as_const(entries)) {
        if (!entry.name.endsWith(QLatin1String(".md")) || !entry.goodName) {
            m_diagnostics.warning(entry.path, 1,
                                  QStringLiteral("ignored: a translated article is named <slug>.md, as in English"));
            continue;
        }
        if (entry.type != FolderEntry::Type::File) {
            if (entry.type == FolderEntry::Type::Refused) {
                refused(entry);
            } else {
                m_diagnostics.error(entry.path, 1, QStringLiteral("not read: it is not an ordinary file"));
            }
            continue;
        }
        if (const auto text = readText(entry, Limits::ArticleBytes, ArticleKind)) {
            content.translations.append(parseArticleTranslation(entry.path, folder.name, *text, m_diagnostics));
        }
    }
}

void ContentLoader::loadArticles(Content &content)
{
    const QString dirName = QLatin1String(DataFiles::ArticlesDir);
    const FolderEntry folder = m_folder.entry(dirName);
    if (folder.type == FolderEntry::Type::Refused) {
        refused(folder);
        return;
    }
    if (folder.type != FolderEntry::Type::Directory) {
        m_diagnostics.error(dirName, 1, QStringLiteral("missing folder: the articles go in articles/<slug>.md"));
        return;
    }
    QList<FolderEntry> entries;
    if (!listFolder(dirName, entries)) {
        return;
    }
    for (const FolderEntry &entry : std::as_const(entries)) {
        if (entry.type == FolderEntry::Type::Directory && isTranslationLanguage(entry.name)) {
            loadTranslatedArticles(entry, content); // articles/<language>/<slug>.md
        } else {
            loadArticle(entry, content);
        }
    }
}

void ContentLoader::loadArticle(const FolderEntry &entry, Content &content)
{
    if (!entry.name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        m_diagnostics.warning(entry.path, 1, QStringLiteral("ignored: not an article (article files end in .md)"));
        return;
    }
    if (!entry.goodName) {
        m_diagnostics.error(entry.path, 1,
                            QStringLiteral("not read: the file name is not UTF-8 text or holds control characters; "
                                           "name the file <slug>.md"));
        return;
    }
    switch (entry.type) {
    case FolderEntry::Type::File:
        if (const auto text = readText(entry, Limits::ArticleBytes, ArticleKind)) {
            content.articles.append(parseArticle(entry.path, *text, m_diagnostics));
        }
        return;
    case FolderEntry::Type::Directory:
        m_diagnostics.error(entry.path, 1, QStringLiteral("not read: it is a folder, not an article file"));
        return;
    case FolderEntry::Type::Missing:
        ioError(entry.path, QStringLiteral("the file disappeared during the build"));
        return;
    case FolderEntry::Type::Refused:
        refused(entry);
        return;
    }
}

void ContentLoader::loadImages(Content &content)
{
    const QString listFile = QLatin1String(DataFiles::ImagesFile);
    if (m_folder.entry(listFile).type != FolderEntry::Type::Missing) {
        if (const auto text = readText(listFile, Presence::Required)) {
            content.images = DataFiles::parseImageList(*text, m_diagnostics);
        }
    }
    for (ImageEntry &image : content.images) {
        const QString relativePath = QLatin1String(DataFiles::ImagesDir) + QLatin1Char('/') + image.file;
        const FolderEntry entry = m_folder.entry(relativePath);
        if (entry.type == FolderEntry::Type::Refused) {
            refused(entry);
        } else if (entry.type != FolderEntry::Type::File) {
            m_diagnostics.error(listFile, image.fileLine,
                                QStringLiteral("missing image file '%1' for image '%2'").arg(relativePath, image.name));
        } else if (auto data = readBytes(entry, Limits::OtherFileBytes, ImageKind)) {
            image.data = std::move(*data);
            checkImageData(image);
        }
    }
    checkUnlistedImages(content.images);
}

void ContentLoader::checkUnlistedImages(const QList<ImageEntry> &images)
{
    const QString dirName = QLatin1String(DataFiles::ImagesDir);
    const FolderEntry folder = m_folder.entry(dirName);
    if (folder.type != FolderEntry::Type::Directory) {
        if (folder.type == FolderEntry::Type::Refused) {
            refused(folder);
        }
        return;
    }
    QList<FolderEntry> entries;
    if (!listFolder(dirName, entries)) {
        return;
    }
    QSet<QString> listed{QFileInfo(QLatin1String(DataFiles::ImagesFile)).fileName()};
    for (const ImageEntry &image : images) {
        listed.insert(image.file);
    }
    for (const FolderEntry &entry : std::as_const(entries)) {
        if (!listed.contains(entry.name)) {
            m_diagnostics.warning(entry.path, 1,
                                  QStringLiteral("ignored: no valid entry in images/images.yaml names this file"));
        }
    }
}

void ContentLoader::checkImageData(ImageEntry &image)
{
    const QString relativePath = QLatin1String(DataFiles::ImagesDir) + QLatin1Char('/') + image.file;
    const QString listFile = QLatin1String(DataFiles::ImagesFile);
    if (image.data.isEmpty()) {
        m_diagnostics.error(listFile, image.fileLine, QStringLiteral("image file '%1' is empty").arg(relativePath));
        return;
    }
    if (image.mime == QLatin1String("image/svg+xml")) {
        const QList<Issue> issues = checkSvg(image.data);
        for (const Issue &issue : issues) {
            m_diagnostics.add(issue.severity, relativePath, issue.line, issue.message);
        }
        return;
    }
    bool matches = false;
    if (image.mime == QLatin1String("image/png")) {
        matches = image.data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
    } else if (image.mime == QLatin1String("image/jpeg")) {
        matches = image.data.startsWith(QByteArrayLiteral("\xff\xd8\xff"));
    } else if (image.mime == QLatin1String("image/webp")) {
        matches = image.data.size() >= 12 && image.data.startsWith("RIFF") && image.data.mid(8, 4) == "WEBP";
    }
    if (!matches) {
        m_diagnostics.error(
            listFile, image.fileLine,
            QStringLiteral("image file '%1' does not hold the %2 data its name says").arg(relativePath, image.mime));
    }
}

} // namespace Myelin::Compiler
