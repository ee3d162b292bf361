// SPDX-License-Identifier: GPL-3.0-or-later
// Keys and signatures in minisign's formats, both ways: minisign verifies what Myelin signs (with
// Myelin's and with minisign's keys), Myelin verifies what minisign signs, and a pack's extracted
// manifest verifies with `minisign -V`. Needs the minisign program (Debian: minisign).
#include "packtestkit.h"
#include "processrun.h"
#include "skip.h"
#include "testsupport.h"
#include "update/packfile.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

class TestMinisign : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_minisign;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Test::ProcessRun minisign(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        process.start(m_minisign, arguments);
        process.waitForStarted();
        if (!input.isEmpty()) {
            process.write(input);
        }
        process.closeWriteChannel();
        process.waitForFinished(60000);
        Test::ProcessRun run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Update::cryptoReady());
        m_minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    }

    void signsAndVerifies()
    {
        const Update::SecretKey key = Update::SecretKey::generate();
        const Update::Signature signature = Update::Minisign::sign(key, "hello", "timestamp:1");
        QVERIFY(Update::Minisign::verify(key.publicKey(), signature, "hello"));
        QVERIFY(!Update::Minisign::verify(key.publicKey(), signature, "hellO"));
        QVERIFY(!Update::Minisign::verify(Update::SecretKey::generate().publicKey(), signature, "hello"));
        Update::Signature changed = signature;
        changed.trustedComment = "timestamp:2";
        QVERIFY(!Update::Minisign::verify(key.publicKey(), changed, "hello"));

        QString error;
        const auto parsed = Update::Signature::parse(signature.fileText(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(Update::Minisign::verify(key.publicKey(), *parsed, "hello"));
        const auto secret = Update::SecretKey::parse(key.fileText(), {}, &error);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(secret->secret, key.secret);
        const auto pub = Update::PublicKey::parse(key.publicKey().fileText(QStringLiteral("c")), &error);
        QVERIFY2(pub, qPrintable(error));
        QCOMPARE(pub->key, key.publicKey().key);
        QVERIFY(Update::PublicKey::parse(key.publicKey().base64(), &error));
    }

    void refusesDamagedKeysAndSignatures()
    {
        const Update::SecretKey key = Update::SecretKey::generate();
        QString error;
        QByteArray keyText = key.fileText();
        const qsizetype inSecret = keyText.indexOf('\n') + 1 + 100; // base64 of a byte of the secret key
        keyText[inSecret] = keyText.at(inSecret) == 'A' ? 'B' : 'A';
        QVERIFY(!Update::SecretKey::parse(keyText, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Update::Signature::parse("untrusted comment: x\n", &error));
        QVERIFY(!Update::Signature::parse(QByteArray(100000, 'A'), &error));
        QVERIFY(!Update::PublicKey::parse("RWQ", &error));
        const QByteArray text = Update::Minisign::sign(key, "m", "t").fileText();
        QVERIFY(!Update::Signature::parse(QByteArray(text).replace('\n', "\r\n"), &error));
        QVERIFY(!Update::Signature::parse(text + "extra\n", &error));
    }

    void minisignVerifiesOurSignature()
    {
        if (m_minisign.isEmpty()) {
            MYELIN_SKIP("the minisign program is not installed (Debian: apt install minisign)");
        }
        const Update::SecretKey key = Update::SecretKey::generate();
        Test::writeAll(path(QStringLiteral("ours.pub")), key.publicKey().fileText(QStringLiteral("test key")));
        Test::writeAll(path(QStringLiteral("message.txt")), "A message from Myelin\n");
        Test::writeAll(
            path(QStringLiteral("message.txt.minisig")),
            Update::Minisign::sign(key, "A message from Myelin\n", "timestamp:1\tfile:message.txt").fileText());
        auto run = minisign({QStringLiteral("-V"), QStringLiteral("-p"), path(QStringLiteral("ours.pub")),
                             QStringLiteral("-m"), path(QStringLiteral("message.txt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        Test::writeAll(path(QStringLiteral("message.txt")), "A message from Myelin!\n");
        run = minisign({QStringLiteral("-V"), QStringLiteral("-p"), path(QStringLiteral("ours.pub")),
                        QStringLiteral("-m"), path(QStringLiteral("message.txt"))});
        QVERIFY(run.exitCode != 0);
    }

    void weVerifyMinisignsSignature()
    {
        if (m_minisign.isEmpty()) {
            MYELIN_SKIP("the minisign program is not installed (Debian: apt install minisign)");
        }
        const QString pub = path(QStringLiteral("theirs.pub"));
        const QString sec = path(QStringLiteral("theirs.key"));
        auto run = minisign(
            {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub, QStringLiteral("-s"), sec});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString file = path(QStringLiteral("theirs.txt"));
        Test::writeAll(file, "Signed by minisign\n");
        for (const bool legacy : {false, true}) {
            QStringList arguments{QStringLiteral("-S"), QStringLiteral("-s"),           sec, QStringLiteral("-m"), file,
                                  QStringLiteral("-t"), QStringLiteral("trusted words")};
            if (legacy) {
                arguments << QStringLiteral("-l");
            }
            run = minisign(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QString error;
            const auto key = Update::PublicKey::parse(Test::readAll(pub), &error);
            QVERIFY2(key, qPrintable(error));
            const auto signature = Update::Signature::parse(Test::readAll(file + QStringLiteral(".minisig")), &error);
            QVERIFY2(signature, qPrintable(error));
            QCOMPARE(signature->prehashed, !legacy);
            QCOMPARE(signature->trustedComment, QByteArray("trusted words"));
            QVERIFY(Update::Minisign::verify(*key, *signature, "Signed by minisign\n"));
            QVERIFY(!Update::Minisign::verify(*key, *signature, "Signed by minisign!\n"));
        }
        // Their secret key signs here, and they verify it.
        QString error;
        const auto theirs = Update::SecretKey::parse(Test::readAll(sec), {}, &error);
        QVERIFY2(theirs, qPrintable(error));
        Test::writeAll(file + QStringLiteral(".minisig"),
                       Update::Minisign::sign(*theirs, "Signed by minisign\n", "t").fileText());
        run = minisign({QStringLiteral("-V"), QStringLiteral("-p"), pub, QStringLiteral("-m"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void encryptedMinisignKeys()
    {
        if (m_minisign.isEmpty()) {
            MYELIN_SKIP("the minisign program is not installed (Debian: apt install minisign)");
        }
        const QString pub = path(QStringLiteral("locked.pub"));
        const QString sec = path(QStringLiteral("locked.key"));
        const auto run = minisign({QStringLiteral("-G"), QStringLiteral("-p"), pub, QStringLiteral("-s"), sec},
                                  "correct horse\ncorrect horse\n");
        if (run.exitCode != 0) {
            MYELIN_SKIP("minisign would not read a password from its input here");
        }
        const QByteArray text = Test::readAll(sec);
        QVERIFY(Update::SecretKey::isEncrypted(text));
        QString error;
        QVERIFY(!Update::SecretKey::parse(text, "wrong horse", &error));
        QVERIFY(error.contains(QStringLiteral("password")));
        const auto key = Update::SecretKey::parse(text, "correct horse", &error);
        QVERIFY2(key, qPrintable(error));
        const auto pubKey = Update::PublicKey::parse(Test::readAll(pub), &error);
        QCOMPARE(key->publicKey().key, pubKey->key);
    }

    void ourNewKeyWorksInMinisignAndAPacksManifestVerifies()
    {
        if (m_minisign.isEmpty()) {
            MYELIN_SKIP("the minisign program is not installed (Debian: apt install minisign)");
        }
        const QString base = path(QStringLiteral("newkey"));
        const Test::ProcessRun made =
            Test::runProcess(QStringLiteral(MYELIN_BUILD_EXE), {QStringLiteral("--new-key"), base},
                             QProcessEnvironment::systemEnvironment());
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(QFileInfo(base + QStringLiteral(".key")).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFileInfo(base + QStringLiteral(".key")).permissions().testFlag(QFileDevice::ReadOther));
        // minisign signs with our key file and verifies with our public key file.
        const QString file = path(QStringLiteral("withnewkey.txt"));
        Test::writeAll(file, "x\n");
        auto run = minisign(
            {QStringLiteral("-S"), QStringLiteral("-s"), base + QStringLiteral(".key"), QStringLiteral("-m"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = minisign(
            {QStringLiteral("-V"), QStringLiteral("-p"), base + QStringLiteral(".pub"), QStringLiteral("-m"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A pack made by myelin-build, taken apart with tar: minisign checks its manifest.
        const QString pack = path(QStringLiteral("built.myelinpack"));
        const Test::ProcessRun built = Test::runProcess(
            QStringLiteral(MYELIN_BUILD_EXE),
            {QStringLiteral(MYELIN_FIXTURES_DIR "/mini"), QStringLiteral("-o"), path(QStringLiteral("built.db")),
             QStringLiteral("--pack"), pack, QStringLiteral("--sign"), base + QStringLiteral(".key")},
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        QVERIFY(built.out.contains(QStringLiteral("Packed content 1.2.3")));
        QDir().mkpath(path(QStringLiteral("extracted")));
        QProcess tar;
        tar.setWorkingDirectory(path(QStringLiteral("extracted")));
        tar.start(QStringLiteral("tar"), {QStringLiteral("xf"), pack});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        run = minisign({QStringLiteral("-V"), QStringLiteral("-p"), base + QStringLiteral(".pub"), QStringLiteral("-m"),
                        path(QStringLiteral("extracted/manifest.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(Update::blake2b512OfFile(path(QStringLiteral("extracted/content.db"))),
                 Update::blake2b512OfFile(path(QStringLiteral("built.db"))));
    }
};

int main(int argc, char *argv[])
{
    Myelin::Test::prepareEnvironment();
    QCoreApplication app(argc, argv);
    TestMinisign test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_minisign.moc"
