// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentdatabase.h"

#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            return fail(Error::Unreadable, db.lastError().text());
        }
    }
    QSqlDatabase db = result.database->connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(Error::NotADatabase, tr("it is not a Myelin content database (%1).").arg(query.lastError().text()));
    }
    const int version = query.value(0).toInt();
    if (version != Schema::Version) {
        return fail(Error::WrongSchema, tr("it has schema version %1, but this version of Myelin reads version %2. "
                                           "Install matching content or a matching Myelin.")
                                            .arg(version)
                                            .arg(Schema::Version));
    }
    const QStringList tables = db.tables(QSql::AllTables);
    for (const char *table : Schema::RequiredTables) {
        if (!tables.contains(QLatin1String(table))) {
            return fail(Error::WrongSchema, tr("the table \"%1\" is missing.").arg(QLatin1String(table)));
        }
    }
    // The system SQLite may lack FTS5; the search indexes are unusable then.
    if (!query.exec(QStringLiteral("SELECT rowid FROM search WHERE search MATCH 'myelin' LIMIT 1")) ||
        !query.exec(QStringLiteral("SELECT rowid FROM titles WHERE titles MATCH 'myelin' LIMIT 1"))) {
        return fail(
            Error::NoFullTextSearch,
            tr("its search index cannot be read (%1). Is SQLite built with FTS5?").arg(query.lastError().text()));
    }
    return result;
}

} // namespace Myelin
