// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own SQLite database (feedback answers, later bookmarks and notes), under
// QStandardPaths::AppDataLocation. It is never the content database.
// Its schema version is SQLite's PRAGMA user_version; opening runs the migration steps above the file's
// version, in order, in one transaction (userdatabase.cpp). A file from a newer version is not opened.
#ifndef MYELIN_USERDATA_USERDATABASE_H
#define MYELIN_USERDATA_USERDATABASE_H

#include <QString>

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

    // Records "was this article useful?"; the newest answer per article wins.
    bool recordFeedback(const QString &slug, bool useful);
    // 1 = useful, 0 = not useful, -1 = no answer yet.
    int feedback(const QString &slug) const;

private:
    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_USERDATABASE_H
