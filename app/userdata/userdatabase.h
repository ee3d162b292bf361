// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own SQLite database (feedback answers and the personal library: bookmarks, highlights and
// notes, questions, history, reading positions), under QStandardPaths::AppDataLocation. It is never the
// content database, so a content update cannot lose a note. The stores (bookmarkstore.h and the others)
// share its connection; each user action is one transaction (write()).
// Its schema version is SQLite's PRAGMA user_version; opening runs the migration steps above the file's
// version, in order, in one transaction (userdatabase.cpp). A file from a newer version is not opened.
// A file that cannot be used (damaged, a folder or other non-file in its place, unreadable) is set aside
// under a dated name, never overwritten, and a new one started; notice() then tells the reader.
#ifndef MYELIN_USERDATA_USERDATABASE_H
#define MYELIN_USERDATA_USERDATABASE_H

#include "userdata/userdataproblem.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

class QSqlQuery;

namespace Myelin {

class UserDatabase
{
public:
    // Opens (creating if needed) the database at path; empty path = the standard location.
    explicit UserDatabase(const QString &path = {});
    // Tests of one migration step: brings the file only up to version upTo (never down).
    UserDatabase(const QString &path, int upTo);
    ~UserDatabase();
    UserDatabase(const UserDatabase &) = delete;
    UserDatabase &operator=(const UserDatabase &) = delete;

    bool isOpen() const { return m_open; }
    // Why it could not be opened, or why the last change could not be saved: a sentence for the reader
    // that names the file (userdataproblem.h), and its kind.
    QString errorMessage() const { return m_error; }
    UserDataProblem::Kind lastProblem() const { return m_problem; }
    QString path() const { return m_path; }
    // Said once at start-up: the file could not be used and was set aside as setAsidePath(), and this
    // one is new. Empty when nothing happened.
    QString notice() const { return m_notice; }
    QString setAsidePath() const { return m_setAside; }

    static QString defaultPath();
    static int schemaVersion(); // the user_version this build writes: the last migration step's

    // The connection the stores use (not open when isOpen() is false).
    QSqlDatabase connection() const;
    // Runs work in one transaction and commits it when work returns true: all of it is saved, or none.
    // False when the database is not open, work failed or the commit failed; errorMessage() says why.
    bool write(const std::function<bool(QSqlQuery &)> &work);
    // Records the query's error as errorMessage() (a full disk, a read-only file... in plain words).
    void noteError(const QSqlQuery &query);
    void noteError(const QSqlError &error);

    // Records "was this article useful?"; the newest answer per article wins.
    bool recordFeedback(const QString &slug, bool useful);
    // 1 = useful, 0 = not useful, -1 = no answer yet.
    int feedback(const QString &slug) const;

private:
    enum class Opened
    {
        Yes,
        No,      // m_error says why
        Damaged, // m_error says how; worth setting aside
    };
    Opened open();
    void start();

    QString m_path;
    QString m_connectionName;
    mutable QString m_error;
    UserDataProblem::Kind m_problem = UserDataProblem::Kind::None;
    QString m_notice;
    QString m_setAside;
    bool m_open = false;
    int m_upTo = 0;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_USERDATABASE_H
