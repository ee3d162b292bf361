// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every source file of a data directory into a Content model. Content problems go to the
// diagnostics; files that exist but cannot be read are I/O errors (the build then stops with exit 3).
#ifndef MYELIN_COMPILER_CONTENTLOADER_H
#define MYELIN_COMPILER_CONTENTLOADER_H

#include "contentmodel.h"
#include "diagnostics.h"

#include <QDir>
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
    };

    std::optional<QString> readText(const QString &relativePath, Presence presence);
    std::optional<QByteArray> readBytes(const QString &relativePath);
    void loadArticles(Content &content);
    void loadImages(Content &content);
    void checkImageData(ImageEntry &image);
    void ioError(const QString &relativePath, const QString &reason);

    QString m_root;
    QDir m_dir;
    Diagnostics &m_diagnostics;
    QStringList m_ioErrors;
};

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_CONTENTLOADER_H
