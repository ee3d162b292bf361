// SPDX-License-Identifier: GPL-3.0-or-later
// What can go wrong with the user database, in words a reader understands: a save that failed is
// classified from SQLite's error (a full disk, a read-only file or folder, a disk error, damage, another
// program holding the file) into a sentence that names the file and says that what was saved before is
// kept. And a file that cannot be used at all (damaged, a folder or another non-file in its place, not
// readable) is set aside under a dated name, with its -wal and -shm files, never overwritten.
#ifndef MYELIN_USERDATA_USERDATAPROBLEM_H
#define MYELIN_USERDATA_USERDATAPROBLEM_H

#include <QDateTime>
#include <QString>
#include <QStringList>

class QSqlError;

namespace Myelin::UserDataProblem {

enum class Kind
{
    None,
    DiskFull,  // SQLITE_FULL
    ReadOnly,  // SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH
    DiskError, // SQLITE_IOERR
    Damaged,   // SQLITE_CORRUPT, SQLITE_NOTADB
    Busy,      // SQLITE_BUSY, SQLITE_LOCKED
    Other,
};

Kind classify(const QSqlError &error);

// The sentence for a change that could not be saved to the data file at path (detail: SQLite's own
// words, used only when the kind says nothing plainer).
QString saveMessage(Kind kind, const QString &path, const QString &detail);

// Why the file at path cannot be opened as a database at all, in words for the reader ("it is a
// folder, not a file"), or empty when it is a readable file or does not exist. Never opens it (a FIFO
// would block).
QString unusableReason(const QString &path);

// The name the damaged file at path is moved to: path + ".damaged-YYYY-MM-DD-HHmm" in local time, with
// "-2", "-3"... added when that name is taken (also by its -wal or -shm).
QString setAsideName(const QString &path, const QDateTime &when);

// Moves path and its -wal, -shm and -journal files (those that exist) to setAsideName(path, now).
// Returns the new name of the main file, or empty when it could not be moved (nothing is removed).
QString setAside(const QString &path);

// Every file set aside by setAside() for the data file at path, in its folder (main files and their
// -wal, -shm and -journal files), sorted.
QStringList setAsideFiles(const QString &path);

} // namespace Myelin::UserDataProblem

#endif // MYELIN_USERDATA_USERDATAPROBLEM_H
