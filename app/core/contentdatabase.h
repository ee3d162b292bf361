// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a compiled content database read-only and checks that it is one this build understands.
#ifndef MYELIN_CORE_CONTENTDATABASE_H
#define MYELIN_CORE_CONTENTDATABASE_H

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace Myelin {

class ContentDatabase
{
public:
    enum class Error
    {
        None,
        Missing,
        Unreadable,
        Empty,
        NotADatabase,
        WrongSchema,
        Damaged,
        NoFullTextSearch,
    };

    struct OpenResult
    {
        std::unique_ptr<ContentDatabase> database;
        Error error = Error::None;
        QString message; // names the file and what is wrong; empty on success
    };

    // Never throws; on failure the result holds no database and a message for the user.
    static OpenResult open(const QString &path);

    ~ContentDatabase();
    ContentDatabase(const ContentDatabase &) = delete;
    ContentDatabase &operator=(const ContentDatabase &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString meta(const QString &key) const;
    // Where this content came from, in words ("bundled with Myelin", "from the update pack ..."), for
    // Help > About and --version; set by whoever chose the file.
    QString origin() const { return m_origin; }
    void setOrigin(const QString &origin) { m_origin = origin; }

private:
    ContentDatabase(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_origin;
};

} // namespace Myelin

#endif // MYELIN_CORE_CONTENTDATABASE_H
