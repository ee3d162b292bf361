// SPDX-License-Identifier: GPL-3.0-or-later
// Opening content databases: the good one, and every kind of bad file, each with a clear message.
#include "core/contentdatabase.h"
#include "core/schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Myelin::ContentDatabase;

class TestContentDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOfMini(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(QStringLiteral(MYELIN_MINI_DB), path)) {
            return {};
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static void exec(const QString &path, const QString &sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    }

private slots:
    void opensTheCompiledDatabase()
    {
        auto result = ContentDatabase::open(QStringLiteral(MYELIN_MINI_DB));
        QVERIFY2(result.database, qPrintable(result.message));
        QCOMPARE(result.error, ContentDatabase::Error::None);
        QCOMPARE(result.database->meta(QLatin1String(Myelin::Schema::MetaContentVersion)), QStringLiteral("1.2.3"));
        QCOMPARE(result.database->meta(QLatin1String(Myelin::Schema::MetaSchemaVersion)),
                 QString::number(Myelin::Schema::Version));
    }

    void opensReadOnly()
    {
        auto result = ContentDatabase::open(QStringLiteral(MYELIN_MINI_DB));
        QVERIFY(result.database);
        QSqlQuery query(result.database->connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM articles")));
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing") << "missing" << int(ContentDatabase::Error::Missing) << "does not exist";
        QTest::newRow("directory") << "directory" << int(ContentDatabase::Error::Unreadable) << "cannot be read";
        QTest::newRow("empty") << "empty" << int(ContentDatabase::Error::Empty) << "empty";
        QTest::newRow("garbage") << "garbage" << int(ContentDatabase::Error::NotADatabase) << "not a Myelin";
        QTest::newRow("wrong version") << "version" << int(ContentDatabase::Error::WrongSchema) << "version 99";
        QTest::newRow("missing table") << "table" << int(ContentDatabase::Error::WrongSchema) << "\"quotes\"";
        QTest::newRow("plain sqlite") << "plain" << int(ContentDatabase::Error::WrongSchema) << "version 0";
        QTest::newRow("missing column") << "column" << int(ContentDatabase::Error::WrongSchema)
                                        << "table \"articles\" has no column \"summary\"";
        QTest::newRow("missing search column")
            << "ftscolumn" << int(ContentDatabase::Error::WrongSchema) << "table \"titles\" has no column";
        QTest::newRow("random pages") << "random" << int(ContentDatabase::Error::Damaged) << "damaged";
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QFETCH(QString, messagePart);
        QVERIFY(m_dir.isValid());
        QString path = m_dir.filePath(kind + QStringLiteral(".db"));
        if (kind == QLatin1String("directory")) {
            path = m_dir.path();
        } else if (kind == QLatin1String("empty")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("garbage")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes(8192, '\0');
            for (int i = 0; i < bytes.size(); ++i) {
                bytes[i] = char((i * 7919 + 13) & 0xff);
            }
            file.write(bytes);
        } else if (kind == QLatin1String("version")) {
            path = copyOfMini(QStringLiteral("version.db"));
            exec(path, QStringLiteral("PRAGMA user_version = 99"));
        } else if (kind == QLatin1String("table")) {
            path = copyOfMini(QStringLiteral("table.db"));
            exec(path, QStringLiteral("DROP TABLE quotes"));
        } else if (kind == QLatin1String("plain")) {
            exec(path, QStringLiteral("CREATE TABLE notes(x)"));
        } else if (kind == QLatin1String("column")) {
            path = copyOfMini(QStringLiteral("column.db"));
            exec(path, QStringLiteral("ALTER TABLE articles DROP COLUMN summary"));
        } else if (kind == QLatin1String("ftscolumn")) {
            path = copyOfMini(QStringLiteral("ftscolumn.db"));
            exec(path, QStringLiteral("DROP TABLE titles"));
            exec(path, QStringLiteral("CREATE VIRTUAL TABLE titles USING fts5(title)"));
        } else if (kind == QLatin1String("random")) {
            // A valid first page, then noise: the header says "SQLite", the rest is not.
            path = copyOfMini(QStringLiteral("random.db"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(file.seek(4096));
            QByteArray noise(int(size - 4096), '\0');
            for (int i = 0; i < noise.size(); ++i) {
                noise[i] = char((i * 2654435761u >> 13) & 0xff);
            }
            QCOMPARE(file.write(noise), noise.size());
        }
        // A failed open closes its connection quietly (no "connection still in use" from Qt).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        auto result = ContentDatabase::open(path);
        QVERIFY(!result.database);
        QCOMPARE(int(result.error), expected);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    }

    void truncatedDatabaseFailsCleanly()
    {
        const QString path = copyOfMini(QStringLiteral("truncated.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(2048));
        file.close();
        auto result = ContentDatabase::open(path);
        QVERIFY(!result.database);
        QVERIFY(result.message.contains(QDir::toNativeSeparators(path)));
    }
};

QTEST_GUILESS_MAIN(TestContentDatabase)
#include "tst_contentdatabase.moc"
