// SPDX-License-Identifier: GPL-3.0-or-later
// The user database's migrations on stored files of every earlier version (tests/fixtures/userdata,
// made by make-fixtures.py with the SQL each version ran): a copy of each is opened, migrated to the
// current version, and every row of every table it had is still there, unchanged; and each step alone.
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {
const QString FixtureDir = QStringLiteral(MYELIN_FIXTURES_DIR "/userdata");

// Every table's rows (all columns, as text, in rowid order) and the user_version, read through a
// connection of its own.
struct Snapshot
{
    int version = -1;
    QMap<QString, QList<QStringList>> tables;
};

Snapshot snapshot(const QString &path)
{
    Snapshot result;
    const QString name = QStringLiteral("tst_userdatamigration-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
                result.version = query.value(0).toInt();
            }
            QStringList tables;
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (query.next()) {
                tables.append(query.value(0).toString());
            }
            for (const QString &table : tables) {
                QList<QStringList> rows;
                query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
                while (query.next()) {
                    QStringList row;
                    for (int i = 0; i < query.record().count(); ++i) {
                        row.append(query.record().fieldName(i) + QLatin1Char('=') + query.value(i).toString());
                    }
                    rows.append(row);
                }
                result.tables.insert(table, rows);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// A copy of the fixture in dir (the stored file is never opened for writing).
QString copyOf(const QTemporaryDir &dir, const QString &fixture, const QString &as = QStringLiteral("user.db"))
{
    const QString path = dir.filePath(as);
    QFile::remove(path);
    if (!QFile::copy(QDir(FixtureDir).filePath(fixture), path)) {
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Every row before is there after, column for column (migrations may add tables and columns).
void compareRows(const Snapshot &before, const Snapshot &after)
{
    for (auto table = before.tables.cbegin(); table != before.tables.cend(); ++table) {
        QVERIFY2(after.tables.contains(table.key()), qPrintable(table.key()));
        const QList<QStringList> &rowsAfter = after.tables.value(table.key());
        QVERIFY(rowsAfter.size() >= table.value().size()); // rows added after migrating come last
        for (int i = 0; i < table.value().size(); ++i) {
            for (const QString &cell : table.value().at(i)) {
                QVERIFY2(rowsAfter.at(i).contains(cell), qPrintable(table.key() + QStringLiteral(": ") + cell));
            }
        }
    }
}
} // namespace

class TestUserDataMigration : public QObject
{
    Q_OBJECT

private slots:
    void everyEarlierVersionHasAFixture()
    {
        for (int version = 0; version < UserDatabase::schemaVersion(); ++version) {
            QVERIFY2(QFile::exists(QDir(FixtureDir).filePath(QStringLiteral("v%1.db").arg(version))),
                     qPrintable(QStringLiteral("no fixture for version %1: run make-fixtures.py").arg(version)));
        }
    }

    void eachFixtureMigratesToTheCurrentVersionKeepingEveryRow_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("rows"); // in all tables: the test cannot pass on an empty file
        QTest::newRow("v0") << QStringLiteral("v0.db") << 0 << 2;
        QTest::newRow("v1") << QStringLiteral("v1.db") << 1 << 3;
        QTest::newRow("v2") << QStringLiteral("v2.db") << 2 << 16;
    }

    void eachFixtureMigratesToTheCurrentVersionKeepingEveryRow()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QFETCH(int, rows);
        QTemporaryDir dir;
        const QString original = copyOf(dir, fixture, QStringLiteral("original.db"));
        const QString path = copyOf(dir, fixture);
        QVERIFY(!path.isEmpty());
        const Snapshot before = snapshot(original);
        QCOMPARE(before.version, version);
        int count = 0;
        for (const QList<QStringList> &table : before.tables) {
            count += int(table.size());
        }
        QCOMPARE(count, rows);
        {
            UserDatabase db(path);
            QVERIFY2(db.isOpen(), qPrintable(db.errorMessage()));
            QVERIFY(db.notice().isEmpty()); // an old file is not a damaged one
            // The stores read and write the migrated file.
            PersonalLibrary library(db);
            QVERIFY(library.bookmarks.addBookmark(QStringLiteral("diet-and-ms"), QStringLiteral("Diet")) > 0);
            QVERIFY(library.questions.addQuestion(QStringLiteral("After migrating?")) > 0);
            QCOMPARE(db.feedback(QStringLiteral("ccsvi")), 1);
            QCOMPARE(db.feedback(QStringLiteral("fatigue")), 0);
        }
        const Snapshot after = snapshot(path);
        QCOMPARE(after.version, UserDatabase::schemaVersion());
        compareRows(before, after);
        // Opening it again changes nothing more.
        {
            UserDatabase db(path);
            QVERIFY(db.isOpen());
        }
        QCOMPARE(snapshot(path).tables, after.tables);
    }

    void theCurrentFixtureReadsThroughTheStores()
    {
        QTemporaryDir dir;
        const QString path = copyOf(dir, QStringLiteral("v2.db"));
        UserDatabase db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorMessage()));
        PersonalLibrary library(db);
        QCOMPARE(library.bookmarks.folders().size(), 2);
        QCOMPARE(library.bookmarks.folders().at(1).name, QStringLiteral("Für später – ünïcödé"));
        QCOMPARE(library.bookmarks.bookmarks().size(), 3);
        const QList<Highlight> highlights = library.highlights.highlightsOf(QStringLiteral("fatigue"));
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.constFirst().note, QStringLiteral("Ask about amantadine?\nAnd about naps."));
        QCOMPARE(library.questions.questions().size(), 2);
        QVERIFY(library.questions.questions().at(1).done);
        QCOMPARE(library.history.visits().size(), 2);
        QCOMPARE(library.history.position(QStringLiteral("fatigue")).headingId, QStringLiteral("what-it-is"));
    }

    // Each step alone, from the fixture of the version before it.
    void eachStepKeepsEveryRow_data()
    {
        QTest::addColumn<int>("to");
        for (int to = 1; to <= UserDatabase::schemaVersion(); ++to) {
            QTest::addRow("step %d", to) << to;
        }
    }

    void eachStepKeepsEveryRow()
    {
        QFETCH(int, to);
        QTemporaryDir dir;
        const QString fixture = QStringLiteral("v%1.db").arg(to - 1);
        const QString path = copyOf(dir, fixture);
        const Snapshot before = snapshot(copyOf(dir, fixture, QStringLiteral("original.db")));
        {
            UserDatabase db(path, to);
            QVERIFY2(db.isOpen(), qPrintable(db.errorMessage()));
        }
        const Snapshot after = snapshot(path);
        QCOMPARE(after.version, to);
        compareRows(before, after);
        // The step's result is what the next fixture holds: the same tables.
        if (QFile::exists(QDir(FixtureDir).filePath(QStringLiteral("v%1.db").arg(to)))) {
            const Snapshot next = snapshot(copyOf(dir, QStringLiteral("v%1.db").arg(to), QStringLiteral("next.db")));
            QCOMPARE(after.tables.keys(), next.tables.keys());
        }
    }
};

QTEST_GUILESS_MAIN(TestUserDataMigration)
#include "tst_userdatamigration.moc"
