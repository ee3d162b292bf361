// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every source file of a data directory into a Content model. Content problems go to the
// diagnostics; files that exist but cannot be read are I/O errors (the build then stops with exit 3).
// Every entry of the folder is either read or named in a diagnostic: entries that are not content are
// warnings, entries that should be content but cannot be read (special files, links that are broken,
// loop or lead outside the folder, names that are not UTF-8, files above the size limits) are errors.
#ifndef MYELIN_COMPILER_CONTENTLOADER_H
#define MYELIN_COMPILER_CONTENTLOADER_H

#include "contentmodel.h"
#include "datafolder.h"
#include "diagnostics.h"

#include <QStringList>
#include <optional>

namespace Myelin::Compiler {

class ContentLoader
{
public:
    // dataDir as the user gave it; it is also the prefix of every path in messages.
    ContentLoader(const QString &dataDir, Diagnostics &diagnostics);

    Content load();

    // "path: error: cannot read ...", one per unreadable file or directory.
    const QStringList &ioErrors() const { return m_ioErrors; }

private:
    enum class Presence
    {
        Required,
        Expected, // a warning if missing
        Optional, // nothing if missing
    };

    // A data file named by its path (content.yaml, glossary.yaml...).
    std::optional<QString> readText(const QString &relativePath, Presence presence);
    // A File entry, as text or as bytes; what names the kind of file in the size limit's message.
    std::optional<QString> readText(const FolderEntry &entry, qint64 limit, const QString &what);
    std::optional<QByteArray> readBytes(const FolderEntry &entry, qint64 limit, const QString &what);
    bool listFolder(const QString &relativeDir, QList<FolderEntry> &entries);
    void refused(const FolderEntry &entry);
    void checkTopLevel();
    void loadArticles(Content &content);
    void loadArticle(const FolderEntry &entry, Content &content);
    void loadTranslatedArticles(const FolderEntry &folder, Content &content); // articles/<language>/
    void loadTranslatedFiles(Content &content); // glossary.<language>.yaml, timeline.…, quotes.…, synonyms.…
    void loadImages(Content &content);
    void checkUnlistedImages(const QList<ImageEntry> &images);
    void checkImageData(ImageEntry &image);
    void ioError(const QString &relativePath, const QString &reason);

    QString m_root;
    DataFolder m_folder;
    Diagnostics &m_diagnostics;
    QStringList m_ioErrors;
    struct TranslatedFile
    {
        QString file;
        QString base; // "glossary", "timeline", "quotes" or "synonyms"
        QString language;
    };
    QList<TranslatedFile> m_translatedFiles; // found by checkTopLevel
};

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_CONTENTLOADER_H
