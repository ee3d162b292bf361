// SPDX-License-Identifier: GPL-3.0-or-later
// The user database's schema migrations: PRAGMA user_version and ordered steps, as the settings file's.
#include "userdata/userdatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {
// Runs the statements on the file through a connection of its own, closed before returning; the first
// column of the last statement's first row (invalid when there is none or a statement failed).
QVariant runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_userdatabase-raw");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            bool ok = true;
            for (const QString &statement : statements) {
                ok = query.exec(statement);
                if (!ok) {
                    qWarning() << statement << query.lastError().text();
                    break;
                }
            }
            if (ok && query.next()) {
                result = query.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

const QString FeedbackTable =
    QStringLiteral("CREATE TABLE feedback(slug TEXT PRIMARY KEY, useful INTEGER NOT NULL, answered_at TEXT NOT NULL)");
} // namespace

class TestUserDatabase : public QObject
{
    Q_OBJECT

private slots:
    void aNewFileGetsTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        {
            UserDatabase db(path);
            QVERIFY2(db.isOpen(), qPrintable(db.errorMessage()));
            QVERIFY(db.errorMessage().isEmpty());
        }
        QCOMPARE(UserDatabase::schemaVersion(), 2);
        QCOMPARE(runSql(path, {QStringLiteral("PRAGMA user_version")}), QVariant(2));
        QCOMPARE(runSql(path, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                              "'feedback'")}),
                 QVariant(1));
    }

    void aVersionZeroFileKeepsItsRows()
    {
        // The feedback table as it is, in a file that never had its version stamped.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QCOMPARE(runSql(path, {FeedbackTable,
                               QStringLiteral("INSERT INTO feedback VALUES ('ccsvi', 1, '2024-01-01T00:00:00Z')"),
                               QStringLiteral("INSERT INTO feedback VALUES ('fatigue', 0, '2024-01-02T00:00:00Z')"),
                               QStringLiteral("PRAGMA user_version")}),
                 QVariant(0));
        {
            UserDatabase db(path);
            QVERIFY2(db.isOpen(), qPrintable(db.errorMessage()));
            QCOMPARE(db.feedback(QStringLiteral("ccsvi")), 1);
            QCOMPARE(db.feedback(QStringLiteral("fatigue")), 0);
            QCOMPARE(db.feedback(QStringLiteral("diet")), -1);
        }
        QCOMPARE(runSql(path, {QStringLiteral("PRAGMA user_version")}), QVariant(2));
        QCOMPARE(runSql(path, {QStringLiteral("SELECT count(*) FROM feedback")}), QVariant(2));
        QCOMPARE(runSql(path, {QStringLiteral("SELECT answered_at FROM feedback WHERE slug = 'fatigue'")}),
                 QVariant(QStringLiteral("2024-01-02T00:00:00Z")));
    }

    void openingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        {
            UserDatabase db(path);
            QVERIFY(db.recordFeedback(QStringLiteral("ccsvi"), true));
        }
        const QByteArray once = contents(path);
        {
            UserDatabase db(path);
            QVERIFY(db.isOpen());
        }
        QCOMPARE(contents(path), once);
    }

    void aFailedSaveNamesTheFileAndTheReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        UserDatabase db(path);
        QVERIFY(db.isOpen());
        { // damaged behind the reader's back: its table is gone
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("DROP TABLE feedback")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!db.recordFeedback(QStringLiteral("ccsvi"), true));
        QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(QStringLiteral("feedback")),
                 qPrintable(db.errorMessage())); // SQLite's reason
    }

    void aFileFromANewerMyelinIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QCOMPARE(runSql(path, {FeedbackTable, QStringLiteral("CREATE TABLE notes(slug TEXT, body TEXT)"),
                               QStringLiteral("INSERT INTO feedback VALUES ('ccsvi', 1, '2024-01-01T00:00:00Z')"),
                               QStringLiteral("PRAGMA user_version = 999"), QStringLiteral("PRAGMA user_version")}),
                 QVariant(999));
        const QByteArray before = contents(path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not opening .* 999 .* 2$")));
        {
            UserDatabase db(path);
            QVERIFY(!db.isOpen());
            QVERIFY2(db.errorMessage().contains(path), qPrintable(db.errorMessage()));
            QVERIFY2(db.errorMessage().contains(QStringLiteral("newer version")), qPrintable(db.errorMessage()));
            QCOMPARE(db.feedback(QStringLiteral("ccsvi")), -1);
            QVERIFY(!db.recordFeedback(QStringLiteral("ccsvi"), false));
        }
        QCOMPARE(contents(path), before);
        QCOMPARE(runSql(path, {QStringLiteral("SELECT useful FROM feedback WHERE slug = 'ccsvi'")}), QVariant(1));
    }
};

QTEST_GUILESS_MAIN(TestUserDatabase)
#include "tst_userdatabase.moc"
