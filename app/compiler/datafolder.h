// SPDX-License-Identifier: GPL-3.0-or-later
// The data folder as the compiler sees it: what each entry is, whether it may be read, and reading
// with a size limit. Symbolic links are followed only to places inside the folder; named pipes,
// devices and sockets are never opened (a pipe would block the build).
#ifndef MYELIN_COMPILER_DATAFOLDER_H
#define MYELIN_COMPILER_DATAFOLDER_H

#include <QByteArray>
#include <QList>
#include <QString>
#include <filesystem>

namespace Myelin::Compiler {

struct FolderEntry
{
    enum class Type
    {
        Missing,
        File,      // a regular file, or a link to one inside the folder
        Directory, // a folder, or a link to one inside the folder
        Refused,   // anything else: see problem
    };

    // Relative to the data folder, with '/' separators. Bytes of the name that are not UTF-8 text,
    // and control characters, are written as \xNN.
    QString path;
    QString name;         // the last part of path, written the same way
    bool goodName = true; // the name is UTF-8 text without control characters
    Type type = Type::Missing;
    QString problem; // for Refused: what the entry is, in plain words ("a named pipe (FIFO)")
};

struct FileData
{
    enum class Status
    {
        Read,
        TooLarge, // more than the limit: data holds limit + 1 bytes
        Failed,   // see error
    };
    Status status = Status::Failed;
    QByteArray data;
    QString error;
};

class DataFolder
{
public:
    explicit DataFolder(const QString &root);

    // The entry at a path relative to the folder (every part of it is followed).
    FolderEntry entry(const QString &relativePath) const;
    // Every entry of a folder (given relative to the data folder, "" for the folder itself), sorted by
    // name. Returns false with error set if the folder cannot be listed.
    bool list(const QString &relativeDir, QList<FolderEntry> &entries, QString &error) const;
    // Reads a File entry, never more than limit + 1 bytes, whatever size the file claims to have.
    FileData read(const FolderEntry &entry, qint64 limit) const;
    // .DS_Store, ._name, Thumbs.db, desktop.ini: left by file managers, never listed. Every other
    // hidden file is an entry like any other, so a hidden draft cannot be skipped without a word.
    static bool isSystemLitter(const QString &name);

private:
    FolderEntry classify(const std::filesystem::path &path, FolderEntry entry) const;
    bool inside(const std::filesystem::path &path) const;

    QString m_root;
    std::filesystem::path m_rootPath;      // as given
    std::filesystem::path m_canonicalRoot; // empty if the folder does not exist
};

// Human-readable sizes for messages: "1 MiB", "4 MiB", "512 bytes".
QString sizeText(qint64 bytes);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_DATAFOLDER_H
