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

// Runs the steps above `from` and stamps the last version, all in one transaction; the error (of type
// NoError when it worked).
QSqlError migrate(QSqlDatabase &db, int from, int to, const QString &path)
{
    if (!db.transaction()) {
        return db.lastError();
    }
    QSqlQuery query(db);
    QSqlError error;
    for (const SchemaStep &step : schemaSteps()) {
        if (step.toVersion <= from || step.toVersion > to) {
            continue;
        }
        MYELIN_INFO(lcUserDatabase) << "user database" << path << ": version" << step.toVersion << "-" << step.what;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                error = query.lastError();
                break;
            }
        }
        if (error.isValid()) {
            break;
        }
    }
    if (!error.isValid() && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(to))) {
        error = query.lastError();
    }
    query.finish();
    if (!error.isValid() && !db.commit()) {
        error = db.lastError();
    }
    if (error.isValid()) {
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

UserDatabase::UserDatabase(const QString &path) : UserDatabase(path, schemaVersion()) {}

UserDatabase::UserDatabase(const QString &path, int upTo)
    : m_path(path.isEmpty() ? defaultPath() : path), m_connectionName(nextConnectionName()), m_upTo(upTo)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName).setDatabaseName(m_path);
    QString reason = UserDataProblem::unusableReason(m_path);
    if (reason.isEmpty()) {
        const Opened opened = open();
        if (opened != Opened::Damaged) {
            m_open = opened == Opened::Yes;
            return;
        }
        reason = QCoreApplication::translate("Myelin::UserDatabase", "it is damaged");
        connection().close();
    }
    // Never overwritten, never deleted: moved aside with its -wal and -shm, and a new file started.
    MYELIN_WARNING(lcUserDatabase) << "setting aside" << m_path << ":" << reason << m_error;
    const QString file = QDir::toNativeSeparators(m_path);
    m_setAside = UserDataProblem::setAside(m_path);
    if (m_setAside.isEmpty()) {
        m_error = QCoreApplication::translate(
                      "Myelin::UserDatabase",
                      "Myelin cannot read your data file %1 (%2) and could not move it aside. It is left as it is, "
                      "and changes you make now will not be saved.")
                      .arg(file, reason);
        m_problem = UserDataProblem::Kind::Damaged;
        return;
    }
    m_notice = QCoreApplication::translate("Myelin::UserDatabase",
                                           "Myelin could not read your data file (%2), so it has started a new, "
                                           "empty one.\n\nThe old file is kept, unchanged, beside the new one. "
                                           "Keep it if you want help to recover what was in it.\n\nOld file: "
                                           "%3\nNew file: %1")
                   .arg(file, reason, QDir::toNativeSeparators(m_setAside));
    m_error.clear();
    m_problem = UserDataProblem::Kind::None;
    m_open = open() == Opened::Yes;
}

namespace {
// What a look at the file through a read-only connection found. Read-only, so that SQLite cannot
// change a damaged file before it is set aside: a read-write connection would replay its -wal into it,
// or delete a -wal it cannot make sense of, when it closes.
struct Inspection
{
    enum Result
    {
        Sound,
        Newer,     // a newer Myelin's: not to be touched
        Damaged,   // detail says how
        Uncertain, // the look itself failed (a hot journal a read-only connection may not roll back...)
    } result = Uncertain;
    int version = 0;
    QString detail;
};

// PRAGMA quick_check's findings: empty when the file is sound.
QStringList quickCheck(QSqlQuery &query, QSqlError *error)
{
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = query.lastError();
        return {query.lastError().text()};
    }
    while (query.next()) {
        problems.append(query.value(0).toString());
    }
    query.finish();
    return problems == QStringList{QStringLiteral("ok")} ? QStringList() : problems;
}

Inspection inspect(const QString &path, const QString &connectionName)
{
    Inspection found;
    const auto fromError = [&found](const QSqlError &error) {
        found.detail = error.text();
        found.result = UserDataProblem::classify(error) == UserDataProblem::Kind::Damaged ? Inspection::Damaged
                                                                                          : Inspection::Uncertain;
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        if (!db.open()) {
            fromError(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                fromError(query.lastError());
            } else {
                found.version = query.value(0).toInt();
                query.finish();
                if (found.version > UserDatabase::schemaVersion()) {
                    found.result = Inspection::Newer;
                } else {
                    // A damaged file may still read its version: every page is checked.
                    QSqlError error;
                    const QStringList problems = quickCheck(query, &error);
                    if (error.isValid()) {
                        fromError(error);
                    } else if (!problems.isEmpty()) {
                        found.result = Inspection::Damaged;
                        found.detail = problems.mid(0, 3).join(QStringLiteral("; "));
                    } else {
                        found.result = Inspection::Sound;
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return found;
}
} // namespace

UserDatabase::Opened UserDatabase::open()
{
    const QString file = QDir::toNativeSeparators(m_path);
    Inspection inspection;
    if (QFileInfo::exists(m_path)) {
        inspection = inspect(m_path, m_connectionName + QStringLiteral("-inspect"));
    }
    if (inspection.result == Inspection::Damaged) {
        m_problem = UserDataProblem::Kind::Damaged;
        m_error = QCoreApplication::translate("Myelin::UserDatabase", "Your data file %1 is damaged: %2")
                      .arg(file, inspection.detail);
        return Opened::Damaged;
    }
    QSqlDatabase db = connection();
    const auto failed = [this, &file](const QSqlError &error, const char *text) {
        m_problem = UserDataProblem::classify(error);
        m_error = QCoreApplication::translate("Myelin::UserDatabase", text).arg(file, error.text());
        return m_problem == UserDataProblem::Kind::Damaged ? Opened::Damaged : Opened::No;
    };
    const auto newer = [this, &file](int version) {
        MYELIN_WARNING(lcUserDatabase) << "not opening" << m_path << ": its schema version is" << version
                                       << "and this Myelin knows up to" << schemaVersion();
        m_error = QCoreApplication::translate(
                      "Myelin::UserDatabase",
                      "Your data file %1 was written by a newer version of Myelin; it is left untouched.")
                      .arg(file);
        return Opened::No;
    };
    if (inspection.result == Inspection::Newer) {
        return newer(inspection.version);
    }
    if (!db.open()) {
        return failed(db.lastError(), QT_TRANSLATE_NOOP("Myelin::UserDatabase", "Cannot open your data file %1: %2"));
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return failed(query.lastError(),
                      QT_TRANSLATE_NOOP("Myelin::UserDatabase", "Cannot open your data file %1: %2"));
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion()) {
        return newer(version);
    }
    if (inspection.result == Inspection::Uncertain) {
        // The read-only look could not finish (a new file, or a journal to roll back first): check here.
        QSqlError error;
        const QStringList problems = quickCheck(query, &error);
        if (error.isValid()) {
            return failed(error, QT_TRANSLATE_NOOP("Myelin::UserDatabase", "Cannot open your data file %1: %2"));
        }
        if (!problems.isEmpty()) {
            m_problem = UserDataProblem::Kind::Damaged;
            m_error = QCoreApplication::translate("Myelin::UserDatabase", "Your data file %1 is damaged: %2")
                          .arg(file, problems.mid(0, 3).join(QStringLiteral("; ")));
            return Opened::Damaged;
        }
    }
    // Only for a file this version may change. Write-ahead log: a reader never blocks a writer and a crash mid-write
    // leaves the last commit intact; FULL: a commit reported as saved is on the disk. foreign_keys: a folder takes its
    // bookmarks with it.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            MYELIN_WARNING(lcUserDatabase) << pragma << "failed on" << m_path << ":" << query.lastError().text();
        }
    }
    query.finish();
    if (version < m_upTo) {
        const QSqlError error = migrate(db, version, m_upTo, m_path);
        if (error.isValid()) {
            return failed(error, QT_TRANSLATE_NOOP("Myelin::UserDatabase", "Cannot set up your data file %1: %2"));
        }
    }
    return Opened::Yes;
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
    noteError(query.lastError());
}

void UserDatabase::noteError(const QSqlError &error)
{
    m_problem = UserDataProblem::classify(error);
    m_error = UserDataProblem::saveMessage(m_problem, m_path, error.text());
    MYELIN_WARNING(lcUserDatabase) << m_error << "(" << error.text() << error.nativeErrorCode() << ")";
}

bool UserDatabase::write(const std::function<bool(QSqlQuery &)> &work)
{
    if (!m_open) {
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        noteError(db.lastError());
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
        noteError(db.lastError());
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
        noteError(query);
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
