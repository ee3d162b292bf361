// SPDX-License-Identifier: GPL-3.0-or-later
// The .myelinpack container: a plain POSIX tar (ustar) archive of exactly three files, in this order:
//   manifest.json          what the pack holds (packmanifest.h), including the database's hash
//   manifest.json.minisig  minisign's detached signature of manifest.json
//   content.db             the compiled content database
// so `tar xf pack.myelinpack && minisign -Vm manifest.json -p key.pub` checks it with standard tools.
// The reader is strict: each header must be exactly the one PackFile::write makes for that file (only
// the size and time may differ), padding and the end-of-archive blocks must be zeros, and nothing may
// follow them. A truncated, padded, re-packed or damaged file is refused before anything is trusted.
#ifndef MYELIN_UPDATE_PACKFILE_H
#define MYELIN_UPDATE_PACKFILE_H

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Myelin::Update {

class PackFile
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Update::PackFile)

public:
    static inline constexpr const char *Suffix = "myelinpack";
    static inline constexpr const char *ManifestName = "manifest.json";
    static inline constexpr const char *SignatureName = "manifest.json.minisig";
    static inline constexpr const char *DatabaseName = "content.db";
    static inline constexpr qint64 MaxDatabaseBytes = qint64(1) << 30;
    static inline constexpr int MaxSignatureBytes = 16 << 10;

    // Whether path is named as a content update (".myelinpack", any case): what the reader offers to
    // install when it is opened with one.
    static bool hasPackName(const QString &path);

    struct Contents
    {
        QByteArray manifest;
        QByteArray signature;
        qint64 databaseOffset = 0; // where content.db starts in the pack file
        qint64 databaseSize = 0;
    };

    enum class ReadError
    {
        Unreadable,
        NotAPack,
        Damaged,
    };

    // Reads and checks the container; the database stays in the file (copyDatabase reads it).
    static std::optional<Contents> read(const QString &path, QString *error, ReadError *kind = nullptr);
    // Copies the database out of the pack to `to`, returning its BLAKE2b-512 (empty on failure).
    static QByteArray copyDatabase(const QString &packPath, const Contents &contents, const QString &to,
                                   QString *error);
    // Writes a pack (through a temporary file, renamed into place).
    static bool write(const QString &path, const QByteArray &manifest, const QByteArray &signature,
                      const QString &databasePath, QString *error);
};

} // namespace Myelin::Update

#endif // MYELIN_UPDATE_PACKFILE_H
