// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Myelin {

namespace {
constexpr int UserSchemaVersion = 1;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("myelin-user-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

QString UserDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/user.db");
}

UserDatabase::UserDatabase(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path), m_connectionName(nextConnectionName())
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot open your data file %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : -1;
    if (version > UserSchemaVersion) {
        m_error = QCoreApplication::translate("Myelin::UserDatabase",
                                              "Your data file %1 was written by a newer version of Myelin; it is "
                                              "left untouched.")
                      .arg(QDir::toNativeSeparators(m_path));
        return;
    }
    if (version < UserSchemaVersion) {
        const bool ok = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS feedback(slug TEXT PRIMARY KEY, "
                                                  "useful INTEGER NOT NULL, answered_at TEXT NOT NULL)")) &&
                        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(UserSchemaVersion));
        if (!ok) {
            m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot set up your data file %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
            return;
        }
    }
    m_open = true;
}

UserDatabase::~UserDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool UserDatabase::recordFeedback(const QString &slug, bool useful)
{
    if (!m_open) {
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO feedback(slug, useful, answered_at) VALUES (?, ?, ?)"));
    query.addBindValue(slug);
    query.addBindValue(useful ? 1 : 0);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return query.exec();
}

int UserDatabase::feedback(const QString &slug) const
{
    if (!m_open) {
        return -1;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT useful FROM feedback WHERE slug = ?"));
    query.addBindValue(slug);
    if (query.exec() && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

} // namespace Myelin
