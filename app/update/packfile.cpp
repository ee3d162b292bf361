// SPDX-License-Identifier: GPL-3.0-or-later
#include "packfile.h"

#include "minisign.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sodium.h>

namespace Myelin::Update {

namespace {

constexpr int Block = 512;

qint64 padded(qint64 size)
{
    return (size + Block - 1) / Block * Block;
}

void putOctal(QByteArray &header, int at, int width, qint64 value)
{
    // width - 1 octal digits, then a NUL, as POSIX tar writes them
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    header.replace(at, width - 1, digits);
    header[at + width - 1] = '\0';
}

// The one header PackFile writes for a member: name, size and time vary, every other byte is fixed.
QByteArray headerFor(const QByteArray &name, qint64 size, qint64 mtime)
{
    QByteArray header(Block, '\0');
    header.replace(0, int(name.size()), name);
    putOctal(header, 100, 8, 0644); // mode
    putOctal(header, 108, 8, 0);    // uid
    putOctal(header, 116, 8, 0);    // gid
    putOctal(header, 124, 12, size);
    putOctal(header, 136, 12, mtime);
    header[156] = '0'; // a regular file
    header.replace(257, 6, QByteArray("ustar\0", 6));
    header.replace(263, 2, "00");
    header.replace(148, 8, QByteArray(8, ' '));
    int sum = 0;
    for (const char c : std::as_const(header)) {
        sum += quint8(c);
    }
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    header.replace(148, 6, checksum);
    header[154] = '\0';
    header[155] = ' ';
    return header;
}

std::optional<qint64> readOctal(const QByteArray &header, int at, int width)
{
    const QByteArray field = header.mid(at, width - 1);
    if (header.at(at + width - 1) != '\0') {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const char c : field) {
        if (c < '0' || c > '7') {
            return std::nullopt;
        }
        value = value * 8 + (c - '0');
    }
    return value;
}

// Reads one member's header at the file's position; checks it is exactly ours for `name` and that
// its data (with padding) fits in what is left of the file.
std::optional<qint64> readHeader(QFile &file, const QByteArray &name, qint64 maxSize, QString *error)
{
    const QByteArray header = file.read(Block);
    if (header.size() != Block) {
        *error = PackFile::tr("the file is cut short (it ends inside the pack's list of files).");
        return std::nullopt;
    }
    const auto size = readOctal(header, 124, 12);
    const auto mtime = readOctal(header, 136, 12);
    if (!size || !mtime || header != headerFor(name, *size, *mtime)) {
        *error = PackFile::tr("the pack's entry for %1 is damaged or not where it should be.")
                     .arg(QString::fromLatin1(name));
        return std::nullopt;
    }
    if (*size > maxSize || *size == 0) {
        *error = PackFile::tr("%1 in the pack has an impossible size.").arg(QString::fromLatin1(name));
        return std::nullopt;
    }
    if (file.pos() + padded(*size) > file.size()) {
        *error = PackFile::tr("the file is cut short (%1 is incomplete).").arg(QString::fromLatin1(name));
        return std::nullopt;
    }
    return size;
}

bool paddingIsZero(QFile &file, qint64 size)
{
    const qint64 padding = padded(size) - size;
    const QByteArray bytes = file.read(padding);
    return bytes.size() == padding && bytes.count('\0') == padding;
}

std::optional<QByteArray> readMember(QFile &file, const QByteArray &name, qint64 maxSize, QString *error)
{
    const auto size = readHeader(file, name, maxSize, error);
    if (!size) {
        return std::nullopt;
    }
    QByteArray data = file.read(*size);
    if (data.size() != *size || !paddingIsZero(file, *size)) {
        *error = PackFile::tr("the pack's entry for %1 is damaged.").arg(QString::fromLatin1(name));
        return std::nullopt;
    }
    return data;
}

} // namespace

std::optional<PackFile::Contents> PackFile::read(const QString &path, QString *error, ReadError *kind)
{
    ReadError unused;
    if (kind == nullptr) {
        kind = &unused;
    }
    *kind = ReadError::Unreadable;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("the file cannot be read.");
        return std::nullopt;
    }
    *kind = ReadError::NotAPack;
    if (file.size() < 4 * Block) {
        *error = file.size() == 0 ? tr("the file is empty.")
                                  : tr("it is not a Myelin content pack (it is too short to be one).");
        return std::nullopt;
    }
    // A quick look first, so another kind of file gets a plain answer rather than "damaged".
    const QByteArray first = file.peek(Block);
    if (first.mid(257, 6) != QByteArray("ustar\0", 6) || !first.startsWith(ManifestName)) {
        *error = tr("it is not a Myelin content pack.");
        return std::nullopt;
    }
    *kind = ReadError::Damaged;
    Contents contents;
    const auto manifest = readMember(file, ManifestName, 4 << 20, error);
    if (!manifest) {
        return std::nullopt;
    }
    const auto signature = readMember(file, SignatureName, MaxSignatureBytes, error);
    if (!signature) {
        return std::nullopt;
    }
    const auto databaseSize = readHeader(file, DatabaseName, MaxDatabaseBytes, error);
    if (!databaseSize) {
        return std::nullopt;
    }
    contents.manifest = *manifest;
    contents.signature = *signature;
    contents.databaseOffset = file.pos();
    contents.databaseSize = *databaseSize;
    if (!file.seek(contents.databaseOffset + contents.databaseSize) || !paddingIsZero(file, contents.databaseSize)) {
        *error = tr("the pack's entry for %1 is damaged.").arg(QLatin1String(DatabaseName));
        return std::nullopt;
    }
    const QByteArray end = file.read(2 * Block);
    if (end.size() != 2 * Block) {
        *error = tr("the file is cut short (the end of the pack is missing).");
        return std::nullopt;
    }
    if (end.count('\0') != 2 * Block || !file.atEnd()) {
        *error = tr("the pack has unexpected bytes after its files.");
        return std::nullopt;
    }
    return contents;
}

QByteArray PackFile::copyDatabase(const QString &packPath, const Contents &contents, const QString &to, QString *error)
{
    cryptoReady();
    QFile in(packPath);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(contents.databaseOffset)) {
        *error = tr("the file cannot be read.");
        return {};
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot write %1 (%2).").arg(to, out.errorString());
        return {};
    }
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
    QByteArray buffer(1 << 16, '\0');
    qint64 left = contents.databaseSize;
    while (left > 0) {
        const qint64 got = in.read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (got <= 0) {
            *error = tr("the file is cut short (%1 is incomplete).").arg(QLatin1String(DatabaseName));
            return {};
        }
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(buffer.constData()), size_t(got));
        if (out.write(buffer.constData(), got) != got) {
            *error = tr("cannot write %1 (%2).").arg(to, out.errorString());
            return {};
        }
        left -= got;
    }
    if (!out.flush()) {
        *error = tr("cannot write %1 (%2).").arg(to, out.errorString());
        return {};
    }
    QByteArray hash(int(crypto_generichash_BYTES_MAX), '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()));
    return hash;
}

bool PackFile::write(const QString &path, const QByteArray &manifest, const QByteArray &signature,
                     const QString &databasePath, QString *error)
{
    QFile database(databasePath);
    if (!database.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1 (%2).").arg(databasePath, database.errorString());
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1 (%2).").arg(path, out.errorString());
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto member = [&out, now](const char *name, const QByteArray &data) {
        out.write(headerFor(name, data.size(), now));
        out.write(data);
        out.write(QByteArray(int(padded(data.size()) - data.size()), '\0'));
    };
    member(ManifestName, manifest);
    member(SignatureName, signature);
    out.write(headerFor(DatabaseName, database.size(), now));
    QByteArray buffer(1 << 16, '\0');
    qint64 copied = 0;
    for (qint64 got = 0; (got = database.read(buffer.data(), buffer.size())) > 0; copied += got) {
        out.write(buffer.constData(), got);
    }
    out.write(QByteArray(int(padded(copied) - copied), '\0'));
    out.write(QByteArray(2 * Block, '\0'));
    if (copied != database.size() || !out.commit()) {
        *error = tr("cannot write %1 (%2).").arg(path, out.errorString());
        return false;
    }
    return true;
}

bool PackFile::hasPackName(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String(Suffix), Qt::CaseInsensitive) == 0;
}

} // namespace Myelin::Update
