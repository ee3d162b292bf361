// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentdatabase.h"

#include "schema.h"
#include "schemacheck.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace Myelin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Myelin::ContentDatabase", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("myelin-content-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ContentDatabase::ContentDatabase(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

ContentDatabase::~ContentDatabase()
{
    { // the QSqlDatabase handle must be gone before removeDatabase()
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ContentDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ContentDatabase::meta(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

ContentDatabase::OpenResult ContentDatabase::open(const QString &path)
{
    OpenResult result;
    auto fail = [&result, &path](Error error, const QString &what) {
        result.database.reset();
        result.error = error;
        result.message = tr("Cannot open the content database %1: %2").arg(QDir::toNativeSeparators(path), what);
        return std::move(result);
    };

    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        return fail(Error::Missing, tr("the file does not exist."));
    }
    if (!info.isFile() || !info.isReadable()) {
        return fail(Error::Unreadable, tr("the file cannot be read."));
    }
    if (info.size() == 0) {
        return fail(Error::Empty, tr("the file is empty."));
    }

    const QString name = nextConnectionName();
    result.database.reset(new ContentDatabase(info.absoluteFilePath(), name));
    // Every handle on the connection is gone when this returns, so a failed open can close it quietly.
    const auto [error, what] = [&]() -> std::pair<Error, QString> {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            return {Error::Unreadable, db.lastError().text()};
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            return {Error::NotADatabase, tr("it is not a Myelin content database (%1).").arg(query.lastError().text())};
        }
        const int version = query.value(0).toInt();
        if (version != Schema::Version) {
            return {Error::WrongSchema, tr("it has schema version %1, but this version of Myelin reads version %2. "
                                           "Install matching content or a matching Myelin.")
                                            .arg(version)
                                            .arg(Schema::Version)};
        }
        if (const Schema::Problem problem = Schema::problemWith(db); problem.kind != Schema::Problem::None) {
            return {problem.kind == Schema::Problem::Damaged ? Error::Damaged : Error::WrongSchema, problem.message};
        }
        // The system SQLite may lack FTS5; the search indexes are unusable then.
        if (!query.exec(QStringLiteral("SELECT rowid FROM search WHERE search MATCH 'myelin' LIMIT 1")) ||
            !query.exec(QStringLiteral("SELECT rowid FROM titles WHERE titles MATCH 'myelin' LIMIT 1"))) {
            return {
                Error::NoFullTextSearch,
                tr("its search index cannot be read (%1). Is SQLite built with FTS5?").arg(query.lastError().text())};
        }
        return {Error::None, QString()};
    }();
    if (error != Error::None) {
        return fail(error, what);
    }
    return result;
}

} // namespace Myelin
