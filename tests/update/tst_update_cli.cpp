// SPDX-License-Identifier: GPL-3.0-or-later
// `myelin update --check/--install`, run as a volunteer's script runs it: the real binary, no display,
// its exit codes and messages, what it installs, and `myelin --version` naming where content came from.
#include "packtestkit.h"
#include "processrun.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

class TestUpdateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Update::SecretKey m_key = Update::SecretKey::generate();
    QString m_pub;
    QString m_newer; // content 2099.1
    QString m_older; // content 2000.1

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString contentFolder() const { return path(QStringLiteral("data/Myelin/myelin/content")); }

    Test::ProcessRun run(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        return Test::runProcess(QStringLiteral(MYELIN_READER_EXE), arguments, env, 60000);
    }

private slots:
    void initTestCase()
    {
        m_pub = path(QStringLiteral("test.pub"));
        Test::writeAll(m_pub, m_key.publicKey().fileText(QStringLiteral("test key")));
        m_newer = path(QStringLiteral("newer.myelinpack"));
        m_older = path(QStringLiteral("older.myelinpack"));
        QVERIFY(
            Test::writePack(m_newer, Test::contentCopy(path(QStringLiteral("n.db")), QStringLiteral("2099.1")), m_key));
        QVERIFY(
            Test::writePack(m_older, Test::contentCopy(path(QStringLiteral("o.db")), QStringLiteral("2000.1")), m_key));
    }

    void wrongCommandLines()
    {
        auto result = run({QStringLiteral("update")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--check")));
        result = run({QStringLiteral("update"), QStringLiteral("--check"), m_newer, QStringLiteral("--trusted-key"),
                      path(QStringLiteral("nope.pub"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("nope.pub")));
        result = run({QStringLiteral("update"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--trusted-key")));
    }

    void checkNeedsATrustedKeyAndChangesNothing()
    {
        auto result = run({QStringLiteral("update"), QStringLiteral("--check"), m_newer});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(m_newer) && result.err.contains(QStringLiteral("does not know")),
                 qPrintable(result.err));
        result =
            run({QStringLiteral("update"), QStringLiteral("--check"), m_newer, QStringLiteral("--trusted-key"), m_pub});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("is a valid content pack")));
        QVERIFY(result.out.contains(QStringLiteral("version 2099.1")));
        QVERIFY(result.out.contains(m_key.publicKey().keyIdText()));
        QVERIFY(result.out.contains(QStringLiteral("bundled with Myelin")));
        QVERIFY(!QFileInfo::exists(contentFolder()));
    }

    void checkRefusesDamage()
    {
        QByteArray bytes = Test::readAll(m_newer);
        bytes[700] = char(bytes.at(700) ^ 1);
        const QString damaged = path(QStringLiteral("damaged.myelinpack"));
        Test::writeAll(damaged, bytes);
        const auto result =
            run({QStringLiteral("update"), QStringLiteral("--check"), damaged, QStringLiteral("--trusted-key"), m_pub});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(damaged) && result.err.contains(QStringLiteral("not accepted")),
                 qPrintable(result.err));
    }

    void installThenVersionNamesThePack()
    {
        auto result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Content bundled with Myelin")), qPrintable(result.out));
        // Before the update, the bundled content has no article "gamma".
        result = run({QStringLiteral("export"), QStringLiteral("--text"), path(QStringLiteral("none.txt")),
                      QStringLiteral("gamma")});
        QCOMPARE(result.exitCode, 1);
        result = run(
            {QStringLiteral("update"), QStringLiteral("--install"), m_newer, QStringLiteral("--trusted-key"), m_pub});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Installed content 2099.1")));
        QVERIFY(QFileInfo::exists(contentFolder() + QStringLiteral("/current.db")));
        result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Content 2099.1")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("from the update pack newer.myelinpack")), qPrintable(result.out));
        // `myelin export` reads the installed content too ("gamma" is only in the pack).
        const QString text = path(QStringLiteral("gamma.txt"));
        result = run({QStringLiteral("export"), QStringLiteral("--text"), text, QStringLiteral("gamma")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(Test::readAll(text).contains("Gamma article"));

        // Older content: refused, unless going back is chosen.
        result = run(
            {QStringLiteral("update"), QStringLiteral("--install"), m_older, QStringLiteral("--trusted-key"), m_pub});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("older than the version in use (2099.1)")), qPrintable(result.err));
        result = run({QStringLiteral("update"), QStringLiteral("--install"), m_older, QStringLiteral("--trusted-key"),
                      m_pub, QStringLiteral("--go-back")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run({QStringLiteral("--version")});
        QVERIFY2(result.out.contains(QStringLiteral("Content 2000.1")), qPrintable(result.out));
    }
};

int main(int argc, char *argv[])
{
    Myelin::Test::prepareEnvironment();
    QCoreApplication app(argc, argv);
    TestUpdateCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_update_cli.moc"
