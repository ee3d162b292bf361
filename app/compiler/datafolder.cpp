// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolder.h"

#include "diagnostics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace Myelin::Compiler {

namespace {

fs::path toPath(const QString &text)
{
#ifdef Q_OS_WIN
    return fs::path(text.toStdWString());
#else
    const QByteArray bytes = QFile::encodeName(text);
    return fs::path(std::string(bytes.constData(), size_t(bytes.size())));
#endif
}

QString fromPath(const fs::path &path)
{
#ifdef Q_OS_WIN
    return QString::fromStdWString(path.native());
#else
    return QFile::decodeName(QByteArray(path.native().data(), qsizetype(path.native().size())));
#endif
}

bool isControl(uint code)
{
    return code < 0x20 || code == 0x7f;
}

// A file name as it can be shown in a message; good is false if it had to be escaped.
QString displayName(const fs::path &name, bool &good)
{
#ifdef Q_OS_WIN
    const QString text = QString::fromStdWString(name.native());
    good =
        text.isValidUtf16() && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); });
    return text;
#else
    const std::string &bytes = name.native();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    good =
        !decoder.hasError() && std::none_of(bytes.cbegin(), bytes.cend(), [](char c) { return isControl(uchar(c)); });
    if (good) {
        return text;
    }
    QString escaped;
    for (const char c : bytes) {
        const auto byte = uchar(c);
        if (byte >= 0x80 || isControl(byte)) {
            escaped.append(QLatin1String("\\x") +
                           QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0')));
        } else {
            escaped.append(QLatin1Char(c));
        }
    }
    return escaped;
#endif
}

QString specialFileProblem(fs::file_type type)
{
    switch (type) {
    case fs::file_type::fifo:
        return QStringLiteral("a named pipe (FIFO), not a regular file");
    case fs::file_type::socket:
        return QStringLiteral("a socket, not a regular file");
    case fs::file_type::block:
    case fs::file_type::character:
        return QStringLiteral("a device, not a regular file");
    default:
        return QStringLiteral("not a regular file or folder");
    }
}

} // namespace

QString sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    if (bytes >= KiB * KiB && bytes % (KiB * KiB) == 0) {
        return QStringLiteral("%1 MiB").arg(bytes / (KiB * KiB));
    }
    if (bytes >= KiB && bytes % KiB == 0) {
        return QStringLiteral("%1 KiB").arg(bytes / KiB);
    }
    return QStringLiteral("%1 bytes").arg(bytes);
}

DataFolder::DataFolder(const QString &root) : m_root(root), m_rootPath(toPath(root))
{
    std::error_code error;
    m_canonicalRoot = fs::canonical(m_rootPath, error);
    if (error) {
        m_canonicalRoot.clear();
    }
}

bool DataFolder::inside(const fs::path &path) const
{
    if (m_canonicalRoot.empty()) {
        return false;
    }
    auto part = path.begin();
    for (const fs::path &rootPart : m_canonicalRoot) {
        if (part == path.end() || *part != rootPart) {
            return false;
        }
        ++part;
    }
    return true;
}

FolderEntry DataFolder::classify(const fs::path &path, FolderEntry entry) const
{
    std::error_code error;
    const fs::file_status link = fs::symlink_status(path, error);
    if (link.type() == fs::file_type::not_found) {
        entry.type = FolderEntry::Type::Missing;
        return entry;
    }
    entry.type = FolderEntry::Type::Refused;
    if (error) {
        entry.problem = QStringLiteral("cannot be examined: %1").arg(QString::fromStdString(error.message()));
        return entry;
    }
    const fs::path real = fs::canonical(path, error);
    if (error == std::errc::too_many_symbolic_link_levels) {
        entry.problem = QStringLiteral("a symbolic link that leads round in a loop");
        return entry;
    }
    if (error && fs::is_symlink(link)) {
        std::error_code ignored;
        entry.problem = QStringLiteral("a broken symbolic link: '%1' does not exist")
                            .arg(QDir::fromNativeSeparators(fromPath(fs::read_symlink(path, ignored))));
        return entry;
    }
    if (error) {
        entry.problem = QStringLiteral("cannot be examined: %1").arg(QString::fromStdString(error.message()));
        return entry;
    }
    if (!inside(real)) {
        entry.problem = QStringLiteral("a symbolic link to '%1', outside the data folder (links may only lead to "
                                       "files inside it)")
                            .arg(QDir::fromNativeSeparators(fromPath(real)));
        return entry;
    }
    const fs::file_type type = fs::status(real, error).type();
    if (type == fs::file_type::regular) {
        entry.type = FolderEntry::Type::File;
    } else if (type == fs::file_type::directory) {
        entry.type = FolderEntry::Type::Directory;
    } else {
        entry.problem = specialFileProblem(type);
    }
    return entry;
}

bool DataFolder::isSystemLitter(const QString &name)
{
    return name == QLatin1String(".DS_Store") || name.startsWith(QLatin1String("._")) ||
           name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

FolderEntry DataFolder::entry(const QString &relativePath) const
{
    FolderEntry entry;
    entry.path = relativePath;
    entry.name = QFileInfo(relativePath).fileName();
    return classify(m_rootPath / toPath(relativePath), entry);
}

bool DataFolder::list(const QString &relativeDir, QList<FolderEntry> &entries, QString &error) const
{
    const fs::path dir = relativeDir.isEmpty() ? m_rootPath : m_rootPath / toPath(relativeDir);
    const QString prefix = relativeDir.isEmpty() ? QString() : relativeDir + QLatin1Char('/');
    std::error_code code;
    for (fs::directory_iterator it(dir, code), end; !code && it != end; it.increment(code)) {
        FolderEntry entry;
        entry.name = displayName(it->path().filename(), entry.goodName);
        entry.path = prefix + entry.name;
        entry = classify(it->path(), entry);
        if (entry.type == FolderEntry::Type::File && isSystemLitter(entry.name)) {
            continue; // files the desktop leaves in every folder (Finder, Explorer): never content
        }
        entries.append(entry);
    }
    if (code) {
        error = QString::fromStdString(code.message());
        return false;
    }
    std::sort(entries.begin(), entries.end(),
              [](const FolderEntry &a, const FolderEntry &b) { return a.name < b.name; });
    return true;
}

FileData DataFolder::read(const FolderEntry &entry, qint64 limit) const
{
    FileData result;
    if (entry.type != FolderEntry::Type::File || !entry.goodName) {
        result.error = QStringLiteral("not a regular file with a readable name");
        return result;
    }
    QFile file(joinPath(m_root, entry.path));
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    // The size is only a hint for the buffer: the loop below stops at limit + 1 bytes in any case.
    result.data.reserve(qsizetype(std::clamp<qint64>(file.size() + 1, 1, limit + 1)));
    constexpr qint64 Chunk = 64 * 1024;
    while (result.data.size() <= limit) {
        const qsizetype had = result.data.size();
        const qint64 wanted = std::min(Chunk, limit + 1 - had);
        result.data.resize(had + qsizetype(wanted));
        const qint64 got = file.read(result.data.data() + had, wanted);
        if (got < 0) {
            result.data.clear();
            result.error = file.errorString();
            return result;
        }
        result.data.resize(had + qsizetype(got));
        if (got == 0) {
            break;
        }
    }
    result.status = result.data.size() > limit ? FileData::Status::TooLarge : FileData::Status::Read;
    return result;
}

} // namespace Myelin::Compiler
