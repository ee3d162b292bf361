// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdatabase.h"

#include "core/logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

Q_LOGGING_CATEGORY(lcUserDatabase, "myelin.userdatabase")

namespace Myelin {

namespace {
// The schema, one step per version, oldest first. A step keeps every row: it adds tables and columns,
// and copies before it drops. Version 0: a new file, or one from before the version was stamped.
struct SchemaStep
{
    int toVersion;
    const char *what; // for the log
    QStringList statements;
};

const QList<SchemaStep> &schemaSteps()
{
    static const QList<SchemaStep> steps = {
        {1,
         "feedback answers",
         {QStringLiteral("CREATE TABLE IF NOT EXISTS feedback(slug TEXT PRIMARY KEY, useful INTEGER NOT NULL, "
                         "answered_at TEXT NOT NULL)")}},
        {2,
         "personal library: bookmarks, highlights and notes, questions, history, reading positions",
         {QStringLiteral("CREATE TABLE bookmark_folders(id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
                         "name TEXT NOT NULL, position INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE bookmarks(id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
                         "folder_id INTEGER REFERENCES bookmark_folders(id) ON DELETE CASCADE, slug TEXT NOT NULL, "
                         "title TEXT NOT NULL, position INTEGER NOT NULL, created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX bookmarks_by_slug ON bookmarks(slug)"),
          QStringLiteral(
              "CREATE TABLE highlights(id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, slug TEXT NOT NULL, "
              "article_title TEXT NOT NULL, quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, "
              "heading_path TEXT NOT NULL, colour TEXT NOT NULL, note TEXT NOT NULL, "
              "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX highlights_by_slug ON highlights(slug)"),
          QStringLiteral(
              "CREATE TABLE questions(id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, text TEXT NOT NULL, "
              "slug TEXT NOT NULL, source_title TEXT NOT NULL, quote TEXT NOT NULL, position INTEGER NOT NULL, "
              "done INTEGER NOT NULL, created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE visits(id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL, "
                         "visited_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX visits_by_time ON visits(visited_at)"),
          QStringLiteral("CREATE TABLE reading_positions(slug TEXT PRIMARY KEY, heading_id TEXT NOT NULL, "
                         "offset REAL NOT NULL, saved_at TEXT NOT NULL)")}},
    };
    return steps;
}

// Runs the steps above `from` and stamps the last version, all in one transaction; the error, or
// empty when it worked.
QString migrate(QSqlDatabase &db, int from, const QString &path)
{
    if (!db.transaction()) {
        return db.lastError().text();
    }
    QSqlQuery query(db);
    QString error;
    for (const SchemaStep &step : schemaSteps()) {
        if (step.toVersion <= from) {
            continue;
        }
        MYELIN_INFO(lcUserDatabase) << "user database" << path << ": version" << step.toVersion << "-" << step.what;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                error = query.lastError().text();
                break;
            }
        }
        if (!error.isEmpty()) {
            break;
        }
    }
    if (error.isEmpty() && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(UserDatabase::schemaVersion()))) {
        error = query.lastError().text();
    }
    query.finish();
    if (error.isEmpty() && !db.commit()) {
        error = db.lastError().text();
    }
    if (!error.isEmpty()) {
        db.rollback();
    }
    return error;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("myelin-user-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

int UserDatabase::schemaVersion()
{
    return schemaSteps().constLast().toVersion;
}

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
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot open your data file %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion()) {
        MYELIN_WARNING(lcUserDatabase) << "not opening" << m_path << ": its schema version is" << version
                                       << "and this Myelin knows up to" << schemaVersion();
        m_error = QCoreApplication::translate("Myelin::UserDatabase",
                                              "Your data file %1 was written by a newer version of Myelin; it is "
                                              "left untouched.")
                      .arg(QDir::toNativeSeparators(m_path));
        return;
    }
    // Only for a file this version may change. Write-ahead log: a reader never blocks a writer and a crash mid-write
    // leaves the last commit intact; FULL: a commit reported as saved is on the disk. foreign_keys: a folder takes its
    // bookmarks with it.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            MYELIN_WARNING(lcUserDatabase) << pragma << "failed on" << m_path << ":" << query.lastError().text();
        }
    }
    if (version < schemaVersion()) {
        const QString error = migrate(db, version, m_path);
        if (!error.isEmpty()) {
            m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot set up your data file %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), error);
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

QSqlDatabase UserDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void UserDatabase::noteError(const QSqlQuery &query)
{
    m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot save to your data file %1: %2")
                  .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
    MYELIN_WARNING(lcUserDatabase) << m_error;
}

bool UserDatabase::write(const std::function<bool(QSqlQuery &)> &work)
{
    if (!m_open) {
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot save to your data file %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    bool ok = false;
    {
        QSqlQuery query(db);
        ok = work(query);
        if (!ok && query.lastError().isValid()) {
            noteError(query);
        }
    }
    if (ok && !db.commit()) {
        m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot save to your data file %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        ok = false;
    }
    if (!ok) {
        db.rollback();
    }
    return ok;
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
    if (!query.exec()) {
        m_error = QCoreApplication::translate("Myelin::UserDatabase", "Cannot save to your data file %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return false;
    }
    return true;
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
