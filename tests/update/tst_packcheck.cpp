// SPDX-License-Identifier: GPL-3.0-or-later
// Every check before a content pack may change anything (update/packcheck.h): each kind of refusal
// with its message, one byte changed at many places, every truncation, other kinds of files.
#include "packtestkit.h"
#include "testsupport.h"
#include "update/packcheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;
using Problem = Update::PackCheck::Problem;

class TestPackCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Update::SecretKey m_key = Update::SecretKey::generate();
    QString m_newer; // content 1.3.0, one article changed
    QString m_pack;  // m_newer, signed with m_key

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Update::PackCheck::Result check(const QString &pack, const Update::TrustedKeys &keys,
                                    const QString &installed = QStringLiteral("1.2.3"), bool allowOlder = false) const
    {
        Update::PackCheck::Options options;
        options.installedVersion = installed;
        options.allowOlder = allowOlder;
        return Update::PackCheck::check(pack, keys, options);
    }

    void expectRefused(const QString &pack, Problem problem, const QString &words,
                       const Update::TrustedKeys *keys = nullptr) const
    {
        const auto result = check(pack, keys != nullptr ? *keys : Test::keysWith(m_key));
        QVERIFY2(!result.accepted(), qPrintable(pack));
        QCOMPARE(int(result.problem), int(problem));
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(pack)), qPrintable(result.message));
        QVERIFY2(result.message.contains(words, Qt::CaseInsensitive), qPrintable(result.message));
        QVERIFY(result.databasePath.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Update::cryptoReady());
        m_newer = Test::contentCopy(path(QStringLiteral("newer.db")), QStringLiteral("1.3.0"), [](QSqlQuery &query) {
            query.exec(QStringLiteral("UPDATE articles SET title = 'Gamma, corrected' WHERE slug = 'gamma'"));
        });
        QVERIFY(!m_newer.isEmpty());
        m_pack = path(QStringLiteral("newer.myelinpack"));
        QVERIFY(Test::writePack(m_pack, m_newer, m_key, {}, QStringLiteral(MYELIN_MINI_DB)));
    }

    void acceptsANewerSignedPack()
    {
        const auto result = check(m_pack, Test::keysWith(m_key));
        QVERIFY2(result.accepted(), qPrintable(result.message));
        QCOMPARE(result.manifest.contentVersion, QStringLiteral("1.3.0"));
        QCOMPARE(result.manifest.schemaVersion, Schema::Version);
        QCOMPARE(result.manifest.changes.changed.size(), 1);
        QCOMPARE(result.manifest.changes.changed.constFirst().slug, QStringLiteral("gamma"));
        QCOMPARE(result.manifest.changes.changed.constFirst().title, QStringLiteral("Gamma, corrected"));
        QVERIFY(result.manifest.changes.added.isEmpty());
        QCOMPARE(result.signer.name, QStringLiteral("Test key"));
        QVERIFY(result.comparedToInstalled > 0);
        QCOMPARE(Update::blake2b512OfFile(result.databasePath), Update::blake2b512OfFile(m_newer));
    }

    void refusesABadSignature()
    {
        const QString pack = path(QStringLiteral("badsig.myelinpack"));
        QVERIFY(Test::writePack(pack, m_newer, m_key, [this](Test::PackParts &parts) {
            const QByteArray json = parts.manifest.toJson();
            parts.signatureText = Update::Minisign::sign(m_key, json, "timestamp:1").fileText();
            parts.manifest.title = QStringLiteral("Changed after signing");
            parts.manifestJson = parts.manifest.toJson();
        }));
        expectRefused(pack, Problem::BadSignature, QStringLiteral("signature does not match"));
    }

    void refusesAnUnknownKey()
    {
        const Update::SecretKey other = Update::SecretKey::generate();
        const Update::TrustedKeys keys = Test::keysWith(other);
        expectRefused(m_pack, Problem::UnknownKey, m_key.publicKey().keyIdText(), &keys);
    }

    void refusesARevokedKey()
    {
        const Update::TrustedKeys keys = Test::keysWith(m_key, true);
        expectRefused(m_pack, Problem::RevokedKey, QStringLiteral("withdrawn"), &keys);
        // Revoked wins even when the same key is also listed as trusted.
        Update::TrustedKeys both = Test::keysWith(m_key);
        both.add({QStringLiteral("Withdrawn test key"), m_key.publicKey(), true});
        expectRefused(m_pack, Problem::RevokedKey, QStringLiteral("Withdrawn test key"), &both);
    }

    void builtInKeysHoldTheProjectKey()
    {
        const Update::TrustedKeys keys = Update::TrustedKeys::builtIn();
        QVERIFY(!keys.keys().isEmpty());
        QCOMPARE(keys.keys().constFirst().key.keyIdText(), QStringLiteral("8460EF1A427AD16C"));
        expectRefused(m_pack, Problem::UnknownKey, QStringLiteral("does not know"), &keys);
    }

    void refusesOneByteChangedAnywhere()
    {
        const QByteArray original = Test::readAll(m_pack);
        QVERIFY(original.size() > 4096);
        const QString damaged = path(QStringLiteral("flipped.myelinpack"));
        // Every byte of the headers, manifest and signature, every 97th of the database, all of the end.
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < original.size(); ++i) {
            if (i < 4096 || i % 97 == 0 || i >= original.size() - 1536) {
                positions << i;
            }
        }
        int refused = 0;
        for (const qsizetype at : std::as_const(positions)) {
            QByteArray bytes = original;
            bytes[at] = char(bytes.at(at) ^ (at % 2 == 0 ? 0x01 : 0x80));
            Test::writeAll(damaged, bytes);
            const auto result = check(damaged, Test::keysWith(m_key));
            if (result.accepted()) {
                QFAIL(qPrintable(QStringLiteral("a pack with byte %1 changed was accepted").arg(at)));
            }
            QVERIFY(!result.message.isEmpty());
            ++refused;
        }
        qInfo("one byte changed at %d positions of %lld: every one refused", refused, qlonglong(original.size()));
    }

    void refusesEveryTruncation()
    {
        const QByteArray original = Test::readAll(m_pack);
        const QString cut = path(QStringLiteral("cut.myelinpack"));
        int refused = 0;
        for (qsizetype length = 0; length < original.size(); length += (length < 4096 ? 37 : 1021)) {
            Test::writeAll(cut, original.left(length));
            QVERIFY2(!check(cut, Test::keysWith(m_key)).accepted(), qPrintable(QString::number(length)));
            ++refused;
        }
        Test::writeAll(cut, original.left(original.size() - 1));
        expectRefused(cut, Problem::Damaged, QStringLiteral("cut short"));
        Test::writeAll(cut, original + QByteArray(512, '\0'));
        expectRefused(cut, Problem::Damaged, QStringLiteral("unexpected bytes"));
        qInfo("%d truncated packs refused", refused);
    }

    void refusesAChangedUntrustedComment()
    {
        QByteArray bytes = Test::readAll(m_pack);
        const qsizetype at = bytes.indexOf("signature from myelin-build secret key");
        QVERIFY(at > 0);
        bytes[at] = 'S';
        // No checksum covers this line: only the check of the comment itself can refuse it.
        const QString pack = path(QStringLiteral("comment.myelinpack"));
        Test::writeAll(pack, bytes);
        QVERIFY(!check(pack, Test::keysWith(m_key)).accepted());
    }

    void refusesAnotherSchema_data()
    {
        QTest::addColumn<int>("schema");
        QTest::addColumn<QString>("words");
        QTest::newRow("future") << Schema::Version + 1 << QStringLiteral("newer Myelin");
        QTest::newRow("older") << Schema::Version - 1 << QStringLiteral("older Myelin");
    }

    void refusesAnotherSchema()
    {
        QFETCH(int, schema);
        QFETCH(QString, words);
        const QString pack = path(QStringLiteral("schema.myelinpack"));
        QVERIFY(Test::writePack(pack, m_newer, m_key,
                                [schema](Test::PackParts &parts) { parts.manifest.schemaVersion = schema; }));
        expectRefused(pack, Problem::WrongSchema, words);
    }

    void refusesADatabaseOfAnotherSchema()
    {
        const QString database =
            Test::contentCopy(path(QStringLiteral("userversion.db")), QStringLiteral("1.3.0"),
                              [](QSqlQuery &query) { query.exec(QStringLiteral("PRAGMA user_version = 99")); });
        const QString pack = path(QStringLiteral("userversion.myelinpack"));
        QVERIFY(Test::writePack(pack, database, m_key));
        expectRefused(pack, Problem::WrongSchema, QStringLiteral("schema version 99"));
    }

    void refusesOlderContentUnlessGoingBack()
    {
        const QString database = Test::contentCopy(path(QStringLiteral("older.db")), QStringLiteral("1.0.0"));
        const QString pack = path(QStringLiteral("older.myelinpack"));
        QVERIFY(Test::writePack(pack, database, m_key));
        expectRefused(pack, Problem::OlderContent, QStringLiteral("older than the version in use (1.2.3)"));
        const auto back = check(pack, Test::keysWith(m_key), QStringLiteral("1.2.3"), true);
        QVERIFY2(back.accepted(), qPrintable(back.message));
        QVERIFY(back.comparedToInstalled < 0);
        // The same version is not an update either.
        const auto same = check(m_pack, Test::keysWith(m_key), QStringLiteral("1.3.0"));
        QCOMPARE(int(same.problem), int(Problem::OlderContent));
        QVERIFY(same.message.contains(QStringLiteral("already in use")));
        QVERIFY(Update::compareContentVersions(QStringLiteral("1.10"), QStringLiteral("1.9.9")) > 0);
        QVERIFY(Update::compareContentVersions(QStringLiteral("2026.11"), QStringLiteral("2026.11.0")) == 0);
    }

    void refusesFilesThatAreNotPacks()
    {
        const QString text = path(QStringLiteral("notes.myelinpack"));
        Test::writeAll(text, QByteArray("These are not the packs you are looking for.\n").repeated(200));
        expectRefused(text, Problem::NotAPack, QStringLiteral("not a Myelin content pack"));
        const QString empty = path(QStringLiteral("empty.myelinpack"));
        Test::writeAll(empty, {});
        expectRefused(empty, Problem::NotAPack, QStringLiteral("empty"));
        expectRefused(QStringLiteral(MYELIN_MINI_DB), Problem::NotAPack, QStringLiteral("not a Myelin content pack"));
        expectRefused(path(QStringLiteral("missing.myelinpack")), Problem::Unreadable,
                      QStringLiteral("does not exist"));
        // A manifest of another kind, correctly signed.
        const QString other = path(QStringLiteral("format.myelinpack"));
        QVERIFY(Test::writePack(other, m_newer, m_key, [](Test::PackParts &parts) {
            parts.manifestJson = parts.manifest.toJson().replace("\"format_version\": 1", "\"format_version\": 7");
        }));
        expectRefused(other, Problem::NotAPack, QStringLiteral("newer kind of content pack"));
    }

    void refusesADatabaseThatIsNotTheManifests()
    {
        const QString pack = path(QStringLiteral("hash.myelinpack"));
        QVERIFY(Test::writePack(pack, m_newer, m_key, [](Test::PackParts &parts) {
            parts.manifest.databaseHash = Update::blake2b512("something else");
        }));
        expectRefused(pack, Problem::DatabaseMismatch, QStringLiteral("hashes differ"));
        const QString version = path(QStringLiteral("version.myelinpack"));
        QVERIFY(Test::writePack(version, m_newer, m_key, [](Test::PackParts &parts) {
            parts.manifest.contentVersion = QStringLiteral("9.9.9");
        }));
        expectRefused(version, Problem::NotContent, QStringLiteral("not 9.9.9"));
    }

    void refusesADatabaseThatFailsIntegrityCheck()
    {
        const QString database = Test::contentCopy(path(QStringLiteral("corrupt.db")), QStringLiteral("1.3.0"));
        int pageSize = 0;
        int rootPage = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corrupt"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toInt();
            QVERIFY(
                query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'articles_by_parent'")) &&
                query.next());
            rootPage = query.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("corrupt"));
        QVERIFY(rootPage > 1);
        QByteArray bytes = Test::readAll(database);
        bytes.replace(qsizetype(rootPage - 1) * pageSize + 8, 64, QByteArray(64, '\x7f'));
        Test::writeAll(database, bytes);
        QVERIFY(!Update::PackCheck::integrityProblem(database).isEmpty());
        const QString pack = path(QStringLiteral("corrupt.myelinpack"));
        QVERIFY(Test::writePack(pack, database, m_key));
        expectRefused(pack, Problem::IntegrityFailure, QStringLiteral("integrity check"));
    }
};

int main(int argc, char *argv[])
{
    Myelin::Test::prepareEnvironment();
    QCoreApplication app(argc, argv);
    TestPackCheck test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_packcheck.moc"
