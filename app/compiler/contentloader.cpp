// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"

#include "articleparser.h"
#include "datafiles.h"
#include "svgchecker.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>

namespace Myelin::Compiler {

ContentLoader::ContentLoader(const QString &dataDir, Diagnostics &diagnostics)
    : m_root(dataDir), m_dir(dataDir), m_diagnostics(diagnostics)
{}

void ContentLoader::ioError(const QString &relativePath, const QString &reason)
{
    m_ioErrors.append(QStringLiteral("%1: error: %2").arg(joinPath(m_root, relativePath), reason));
}

std::optional<QByteArray> ContentLoader::readBytes(const QString &relativePath)
{
    QFile file(m_dir.filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        ioError(relativePath, QStringLiteral("cannot read file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        ioError(relativePath, QStringLiteral("cannot read file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return data;
}

std::optional<QString> ContentLoader::readText(const QString &relativePath, Presence presence)
{
    const QFileInfo info(m_dir.filePath(relativePath));
    if (!info.exists()) {
        if (presence == Presence::Required) {
            m_diagnostics.error(relativePath, 1, QStringLiteral("missing file"));
        } else {
            m_diagnostics.warning(relativePath, 1, QStringLiteral("missing file: nothing of this kind is included"));
        }
        return std::nullopt;
    }
    if (!info.isFile()) {
        ioError(relativePath, QStringLiteral("not a regular file"));
        return std::nullopt;
    }
    const auto bytes = readBytes(relativePath);
    if (!bytes) {
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        m_diagnostics.warning(relativePath, 1, QStringLiteral("the file is not valid UTF-8; bad bytes were replaced"));
    }
    if (text.contains(QChar(0))) {
        m_diagnostics.error(relativePath, 1, QStringLiteral("the file contains NUL characters"));
        text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    }
    return text;
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
    loadArticles(content);
    return content;
}

void ContentLoader::loadArticles(Content &content)
{
    const QString dirName = QLatin1String(DataFiles::ArticlesDir);
    const QFileInfo info(m_dir.filePath(dirName));
    if (!info.isDir()) {
        m_diagnostics.error(dirName, 1, QStringLiteral("missing folder: the articles go in articles/<slug>.md"));
        return;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        ioError(dirName, QStringLiteral("cannot read directory"));
        return;
    }
    QStringList names = QDir(info.filePath()).entryList({QStringLiteral("*.md")}, QDir::Files);
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        const QString relativePath = dirName + QLatin1Char('/') + name;
        if (const auto text = readText(relativePath, Presence::Required)) {
            content.articles.append(parseArticle(relativePath, *text, m_diagnostics));
        }
    }
}

void ContentLoader::loadImages(Content &content)
{
    const QString listFile = QLatin1String(DataFiles::ImagesFile);
    if (!QFileInfo::exists(m_dir.filePath(listFile))) {
        return; // no images: nothing to check
    }
    const auto text = readText(listFile, Presence::Required);
    if (!text) {
        return;
    }
    content.images = DataFiles::parseImageList(*text, m_diagnostics);
    for (ImageEntry &image : content.images) {
        const QString relativePath = QLatin1String(DataFiles::ImagesDir) + QLatin1Char('/') + image.file;
        const QFileInfo info(m_dir.filePath(relativePath));
        if (!info.isFile()) {
            m_diagnostics.error(listFile, image.fileLine,
                                QStringLiteral("missing image file '%1' for image '%2'").arg(relativePath, image.name));
            continue;
        }
        if (const auto data = readBytes(relativePath)) {
            image.data = *data;
            checkImageData(image);
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
