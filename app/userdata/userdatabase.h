// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own SQLite database (feedback answers and the personal library: bookmarks, highlights and
// notes, questions, history, reading positions), under QStandardPaths::AppDataLocation. It is never the
// content database, so a content update cannot lose a note. The stores (bookmarkstore.h and the others)
// share its connection; each user action is one transaction (write()).
// Its schema version is SQLite's PRAGMA user_version; opening runs the migration steps above the file's
// version, in order, in one transaction (userdatabase.cpp). A file from a newer version is not opened.
#ifndef MYELIN_USERDATA_USERDATABASE_H
#define MYELIN_USERDATA_USERDATABASE_H

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
    ~UserDatabase();
    UserDatabase(const UserDatabase &) = delete;
    UserDatabase &operator=(const UserDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QString errorMessage() const { return m_error; }
    QString path() const { return m_path; }

    static QString defaultPath();
    static int schemaVersion(); // the user_version this build writes: the last migration step's

    // The connection the stores use (not open when isOpen() is false).
    QSqlDatabase connection() const;
    // Runs work in one transaction and commits it when work returns true: all of it is saved, or none.
    // False when the database is not open, work failed or the commit failed; errorMessage() says why.
    bool write(const std::function<bool(QSqlQuery &)> &work);
    // Records the query's error as errorMessage() ("Cannot save to your data file ...").
    void noteError(const QSqlQuery &query);

    // Records "was this article useful?"; the newest answer per article wins.
    bool recordFeedback(const QString &slug, bool useful);
    // 1 = useful, 0 = not useful, -1 = no answer yet.
    int feedback(const QString &slug) const;

private:
    QString m_path;
    QString m_connectionName;
    mutable QString m_error;
    bool m_open = false;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_USERDATABASE_H
