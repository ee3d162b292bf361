// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's command line, run as a user would run it: the real binary, its exit codes and messages.
#include "processrun.h"
#include "skip.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = Myelin::Test::ProcessRun;

    static Run run(const QStringList &arguments, bool withDisplay = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withDisplay) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
                env.remove(QLatin1String(name));
            }
        }
        env.insert(QStringLiteral("MYELIN_NO_DIALOGS"), QStringLiteral("1"));
        return Myelin::Test::runProcess(QStringLiteral(MYELIN_READER_EXE), arguments, env);
    }

private slots:
    void aMissingEngineModuleIsNamed()
    {
#ifndef MYELIN_ENGINE_MODULE
        MYELIN_SKIP("the web engine half is linked into the reader on this system");
#else
        // The reader copied without lib/myelin/myelin-engine.so: a message naming the file, exit 1, for the
        // window (before it is made) and for `myelin export`.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
        const QString copy = dir.filePath(QStringLiteral("bin/myelin"));
        QVERIFY(QFile::copy(QStringLiteral(MYELIN_READER_EXE), copy));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("MYELIN_NO_DIALOGS"), QStringLiteral("1"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1")); // the check before it
        const QStringList asked[] = {{QStringLiteral("--content"), QStringLiteral(MYELIN_CONTENT_DB)},
                                     {QStringLiteral("export"), QStringLiteral("--help")}};
        for (const QStringList &arguments : asked) {
            const Run r = Myelin::Test::runProcess(copy, arguments, env);
            QCOMPARE(r.status, QProcess::NormalExit);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("lib/myelin/myelin-engine.so"))) &&
                         r.err.contains(QStringLiteral("the file is missing")),
                     qPrintable(r.err));
        }
#endif
    }

    void helpListsTheOptions()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--open <slug>")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--content <file>")));
    }

    void helpWorksWithoutADisplay()
    {
        const Run r = run({QStringLiteral("--help")}, false);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--open <slug>")), qPrintable(r.out + r.err));
    }

    void noDisplayIsExplainedNotACrash()
    {
        const Run r = run({QStringLiteral("--open"), QStringLiteral("ccsvi")}, false);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no graphical display")), qPrintable(r.err));
    }

    void rootIsRefusedWithAReason()
    {
        // Chromium will not start its sandbox for root, and Myelin never turns it off: as root the
        // reader and the export say why instead of stopping with an engine log line.
        if (geteuid() != 0) {
            MYELIN_SKIP("only meaningful when the tests run as root");
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("MYELIN_NO_DIALOGS"), QStringLiteral("1"));
        const Run reader = Myelin::Test::runProcess(QStringLiteral(MYELIN_READER_EXE),
                                                    {QStringLiteral("--open"), QStringLiteral("ccsvi")}, env);
        QCOMPARE(reader.status, QProcess::NormalExit);
        QCOMPARE(reader.exitCode, 1);
        QVERIFY2(reader.err.contains(QStringLiteral("cannot run as the administrator (root)")), qPrintable(reader.err));
        QVERIFY(!reader.err.contains(QStringLiteral("zygote")));
        QTemporaryDir dir;
        const Run exporter =
            Myelin::Test::runProcess(QStringLiteral(MYELIN_READER_EXE),
                                     {QStringLiteral("export"), QStringLiteral("--pdf"),
                                      dir.filePath(QStringLiteral("a.pdf")), QStringLiteral("fatigue")},
                                     env);
        QCOMPARE(exporter.exitCode, 1);
        QVERIFY2(exporter.err.contains(QStringLiteral("administrator (root)")), qPrintable(exporter.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.pdf"))));
    }

    void versionPrintsTheVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(MYELIN_VERSION_STRING)), qPrintable(r.out));
    }

    void unknownOptionIsRefused()
    {
        const Run r = run({QStringLiteral("--no-such-option")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-option")), qPrintable(r.err));
    }

    void badContentDatabasesAreNamedAndRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("empty") << QByteArrayLiteral("") << QStringLiteral("empty");
        QTest::newRow("corrupt") << QByteArray(4096, '\x5a') << QStringLiteral("not a Myelin content database");
    }

    void badContentDatabasesAreNamedAndRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("content.db"));
        if (QTest::currentDataTag() != QByteArrayLiteral("missing")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const Run r = run({QStringLiteral("--content"), path});
        QCOMPARE(r.status, QProcess::NormalExit); // a message, never a crash
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }

    void collectionWithoutAFirstPageSaysSo()
    {
        // Articles, but every one has a parent: the message counts them rather than saying "no articles".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("content.db"));
        QVERIFY(QFile::copy(QStringLiteral(MYELIN_MINI_DB), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        int articles = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE articles SET parent_id = id WHERE parent_id IS NULL")));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next());
            articles = query.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        QVERIFY(articles > 1);
        const Run r = run({QStringLiteral("--content"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("holds %1 articles but no first page").arg(articles)),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
