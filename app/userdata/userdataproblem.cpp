// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdataproblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace Myelin::UserDataProblem {

namespace {
// SQLite's primary result codes (sqlite3.h); Qt's driver gives them, or the extended codes whose low
// byte is the primary one, as QSqlError::nativeErrorCode().
enum SqliteCode
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteAuth = 23,
    SqliteNotADatabase = 26,
};

const QStringList CompanionSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool taken(const QString &name)
{
    if (QFileInfo::exists(name) || QFileInfo(name).isSymLink()) {
        return true;
    }
    for (const QString &suffix : CompanionSuffixes) {
        if (QFileInfo::exists(name + suffix)) {
            return true;
        }
    }
    return false;
}
} // namespace

Kind classify(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError) {
        return Kind::None;
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok) {
        return Kind::Other;
    }
    switch (code & 0xff) {
    case SqliteFull:
        return Kind::DiskFull;
    case SqliteReadOnly:
    case SqlitePerm:
    case SqliteAuth:
        return Kind::ReadOnly;
    case SqliteIoError:
        return Kind::DiskError;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Kind::Damaged;
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Busy;
    default:
        return Kind::Other;
    }
}

QString saveMessage(Kind kind, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::DiskFull:
        return QCoreApplication::translate(
                   "Myelin::UserDataProblem",
                   "Your disk is full: this change was not saved; what you saved before is kept. Free some space "
                   "on the disk that holds your data file %1 and try again.")
            .arg(file);
    case Kind::ReadOnly:
        return QCoreApplication::translate(
                   "Myelin::UserDataProblem",
                   "Your data file %1 cannot be changed (the file or its folder is read-only): this change was not "
                   "saved; what you saved before is kept.")
            .arg(file);
    case Kind::DiskError:
        return QCoreApplication::translate(
                   "Myelin::UserDataProblem",
                   "The disk could not write your data file %1 (the disk may be failing or was removed): this "
                   "change was not saved; what you saved before is kept.")
            .arg(file);
    case Kind::Damaged:
        return QCoreApplication::translate(
                   "Myelin::UserDataProblem",
                   "Your data file %1 is damaged: this change was not saved. Restart Myelin: it will set the "
                   "damaged file aside, unchanged, and start a new one.")
            .arg(file);
    case Kind::Busy:
        return QCoreApplication::translate(
                   "Myelin::UserDataProblem",
                   "Your data file %1 is in use by another program (perhaps another Myelin): this change was not "
                   "saved; what you saved before is kept. Try again in a moment.")
            .arg(file);
    case Kind::None:
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("Myelin::UserDataProblem", "Cannot save to your data file %1: %2")
        .arg(file, detail);
}

QString unusableReason(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return info.isSymLink() ? QCoreApplication::translate("Myelin::UserDataProblem",
                                                              "it is a link to a file that does not exist")
                                : QString();
    }
    if (info.isDir()) {
        return QCoreApplication::translate("Myelin::UserDataProblem", "it is a folder, not a file");
    }
    if (!info.isFile()) {
        return QCoreApplication::translate("Myelin::UserDataProblem", "it is not an ordinary file");
    }
    if (!info.isReadable()) {
        return QCoreApplication::translate("Myelin::UserDataProblem", "Myelin is not allowed to read it");
    }
    return {};
}

QString setAsideName(const QString &path, const QDateTime &when)
{
    const QString base = path + QStringLiteral(".damaged-") + when.toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    QString name = base;
    for (int n = 2; taken(name); ++n) {
        name = base + QLatin1Char('-') + QString::number(n);
    }
    return name;
}

QString setAside(const QString &path)
{
    const QString target = setAsideName(path, QDateTime::currentDateTime());
    QDir dir;
    if (!dir.rename(path, target)) {
        return {};
    }
    // The companions go with it: a -wal left beside the new file would be read into it.
    for (const QString &suffix : CompanionSuffixes) {
        if (QFileInfo::exists(path + suffix)) {
            dir.rename(path + suffix, target + suffix);
        }
    }
    return target;
}

QStringList setAsideFiles(const QString &path)
{
    const QFileInfo info(path);
    QStringList result;
    const QFileInfoList entries = info.dir().entryInfoList(
        {info.fileName() + QStringLiteral(".damaged-*")},
        QDir::Files | QDir::Dirs | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        result.append(entry.absoluteFilePath());
    }
    return result;
}

} // namespace Myelin::UserDataProblem
