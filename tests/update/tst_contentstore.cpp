// SPDX-License-Identifier: GPL-3.0-or-later
// The installed content (update/contentstore.h): install, What's New, going back, an install stopped
// or killed at each step (the content in use stays whole and opens), the bundled content as the last
// fallback at start-up, and the user's own data untouched by updates and going back.
#include "core/contentdatabase.h"
#include "packtestkit.h"
#include "processrun.h"
#include "testsupport.h"
#include "update/contentstore.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;
using Source = Update::ContentStore::Origin::Source;

class TestContentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Update::SecretKey m_key = Update::SecretKey::generate();
    QString m_bundled = QStringLiteral(MYELIN_MINI_DB); // content 1.2.3
    QString m_pack13;                                   // 1.3.0: gamma changed
    QString m_pack14;                                   // 1.4.0: alpha removed

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Update::PackCheck::Result check(const QString &pack, const QString &installed) const
    {
        Update::PackCheck::Options options;
        options.installedVersion = installed;
        return Update::PackCheck::check(pack, Test::keysWith(m_key), options);
    }

    static QString versionOf(const QString &database)
    {
        const auto opened = ContentDatabase::open(database);
        return opened.database ? opened.database->meta(QStringLiteral("content_version")) : QString();
    }

    bool install(Update::ContentStore &store, const QString &pack)
    {
        const auto inUse = store.choose(m_bundled);
        const auto checked = check(pack, versionOf(inUse.path));
        QString error;
        if (!checked.accepted()) {
            qWarning("%s", qPrintable(checked.message));
            return false;
        }
        const bool done = store.install(checked, pack, inUse, &error);
        if (!done && !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
        }
        return done;
    }

    // A store in a fresh folder with 1.3.0 installed.
    QString freshFolderWith13(const QString &name)
    {
        const QString folder = path(name);
        Update::ContentStore store(folder);
        if (!install(store, m_pack13)) {
            return {};
        }
        return folder;
    }

private slots:
    void initTestCase()
    {
        const QString db13 =
            Test::contentCopy(path(QStringLiteral("13.db")), QStringLiteral("1.3.0"), [](QSqlQuery &q) {
                q.exec(QStringLiteral("UPDATE articles SET title = 'Gamma, corrected' WHERE slug = 'gamma'"));
            });
        const QString db14 =
            Test::contentCopy(path(QStringLiteral("14.db")), QStringLiteral("1.4.0"), [](QSqlQuery &q) {
                q.exec(QStringLiteral("UPDATE articles SET title = 'Gamma, corrected' WHERE slug = 'gamma'"));
                q.exec(QStringLiteral(
                    "DELETE FROM related WHERE article_id IN (SELECT id FROM articles WHERE slug = 'alpha') "
                    "OR related_id IN (SELECT id FROM articles WHERE slug = 'alpha')"));
                q.exec(QStringLiteral("DELETE FROM articles WHERE slug = 'alpha'"));
            });
        m_pack13 = path(QStringLiteral("13.myelinpack"));
        m_pack14 = path(QStringLiteral("14.myelinpack"));
        QVERIFY(Test::writePack(m_pack13, db13, m_key));
        QVERIFY(Test::writePack(m_pack14, db14, m_key));
    }

    void bundledWhenNothingIsInstalled()
    {
        Update::ContentStore store(path(QStringLiteral("empty")));
        const auto choice = store.choose(m_bundled);
        QCOMPARE(choice.path, m_bundled);
        QCOMPARE(int(choice.origin.source), int(Source::Bundled));
        QVERIFY(choice.warning.isEmpty());
        QVERIFY(!store.canGoBack());
        QCOMPARE(choice.origin.describe(), QStringLiteral("bundled with Myelin"));
    }

    void installsWhatsNewAndGoesBack()
    {
        Update::ContentStore store(path(QStringLiteral("cycle")));
        QVERIFY(install(store, m_pack13));
        auto choice = store.choose(m_bundled);
        QCOMPARE(choice.path, store.currentPath());
        QCOMPARE(int(choice.origin.source), int(Source::Pack));
        QCOMPARE(choice.origin.version, QStringLiteral("1.3.0"));
        QCOMPARE(choice.origin.packFile, QStringLiteral("13.myelinpack"));
        QCOMPARE(versionOf(choice.path), QStringLiteral("1.3.0"));
        QVERIFY(choice.origin.describe().contains(QStringLiteral("13.myelinpack")));
        auto news = store.whatsNew();
        QVERIFY(news);
        QCOMPARE(news->from, QStringLiteral("1.2.3"));
        QCOMPARE(news->to, QStringLiteral("1.3.0"));
        QCOMPARE(news->changes.changed.size(), 1);
        QCOMPARE(news->changes.changed.constFirst().title, QStringLiteral("Gamma, corrected"));
        QVERIFY(!news->shown);
        store.markWhatsNewShown();
        QVERIFY(store.whatsNew()->shown);
        QVERIFY(!QFileInfo::exists(store.previousPath())); // the bundled content needs no copy

        QVERIFY(install(store, m_pack14));
        choice = store.choose(m_bundled);
        QCOMPARE(versionOf(choice.path), QStringLiteral("1.4.0"));
        news = store.whatsNew();
        QCOMPARE(news->from, QStringLiteral("1.3.0"));
        QCOMPARE(news->changes.removed.size(), 1);
        QCOMPARE(news->changes.removed.constFirst().slug, QStringLiteral("alpha"));
        QVERIFY(news->changes.changed.isEmpty());
        QCOMPARE(versionOf(store.previousPath()), QStringLiteral("1.3.0"));

        // Go back: 1.4.0 -> 1.3.0 -> bundled.
        QVERIFY(store.canGoBack());
        QCOMPARE(store.goBackTarget().version, QStringLiteral("1.3.0"));
        QString error;
        QVERIFY2(store.goBack(&error), qPrintable(error));
        choice = store.choose(m_bundled);
        QCOMPARE(versionOf(choice.path), QStringLiteral("1.3.0"));
        QCOMPARE(choice.origin.version, QStringLiteral("1.3.0"));
        QVERIFY(choice.warning.isEmpty());
        QVERIFY(store.canGoBack());
        QCOMPARE(int(store.goBackTarget().source), int(Source::Bundled));
        QVERIFY2(store.goBack(&error), qPrintable(error));
        choice = store.choose(m_bundled);
        QCOMPARE(choice.path, m_bundled);
        QVERIFY(choice.warning.isEmpty());
        QVERIFY(!store.canGoBack());
        QVERIFY(!QFileInfo::exists(store.currentPath()));
        QVERIFY(!store.goBack(&error));
    }

    void anInstallStoppedAtEachStepLeavesWholeContent_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("expected");
        QTest::newRow("copied") << QStringLiteral("copied") << QStringLiteral("1.3.0");
        QTest::newRow("previous-kept") << QStringLiteral("previous-kept") << QStringLiteral("1.3.0");
        QTest::newRow("pending-written") << QStringLiteral("pending-written") << QStringLiteral("1.3.0");
        QTest::newRow("renamed") << QStringLiteral("renamed") << QStringLiteral("1.4.0"); // finished at start-up
    }

    void anInstallStoppedAtEachStepLeavesWholeContent()
    {
        QFETCH(QString, step);
        QFETCH(QString, expected);
        const QString folder = freshFolderWith13(QStringLiteral("stopped-") + step);
        QVERIFY(!folder.isEmpty());
        {
            Update::ContentStore store(folder);
            store.setStepHook([&step](const QString &now) { return now != step; });
            QVERIFY(!install(store, m_pack14));
        }
        Update::ContentStore restarted(folder);
        const auto choice = restarted.choose(m_bundled);
        QVERIFY2(choice.warning.isEmpty(), qPrintable(choice.warning));
        QCOMPARE(choice.path, restarted.currentPath());
        QCOMPARE(versionOf(choice.path), expected);
        QCOMPARE(choice.origin.version, expected);
        QVERIFY(restarted.canGoBack());
    }

    void anInstallKilledMidCopyLeavesThePreviousContentInUse_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("after the copy") << QStringLiteral("copied");
        QTest::newRow("after keeping the previous") << QStringLiteral("previous-kept");
        QTest::newRow("before the rename") << QStringLiteral("pending-written");
    }

    void anInstallKilledMidCopyLeavesThePreviousContentInUse()
    {
        QFETCH(QString, step);
        const QString folder = freshFolderWith13(QStringLiteral("killed-") + step);
        QVERIFY(!folder.isEmpty());
        const QString pub = path(QStringLiteral("test.pub"));
        Test::writeAll(pub, m_key.publicKey().fileText(QStringLiteral("test")));
        const auto run =
            Test::runProcess(QStringLiteral(MYELIN_PACK_INSTALL_HELPER), {folder, m_bundled, m_pack14, pub, step},
                             QProcessEnvironment::systemEnvironment());
        QCOMPARE(run.exitCode, 9); // it died where it was told to
        Update::ContentStore restarted(folder);
        const auto choice = restarted.choose(m_bundled);
        QVERIFY2(choice.warning.isEmpty(), qPrintable(choice.warning));
        QCOMPARE(versionOf(choice.path), QStringLiteral("1.3.0"));
        QCOMPARE(choice.origin.version, QStringLiteral("1.3.0"));
        // And the next install still works over what the killed one left.
        QVERIFY(install(restarted, m_pack14));
        QCOMPARE(versionOf(restarted.choose(m_bundled).path), QStringLiteral("1.4.0"));
    }

    void fallsBackToTheBundledContentWithAMessage()
    {
        {
            const QString folder = freshFolderWith13(QStringLiteral("missing"));
            Update::ContentStore store(folder);
            QVERIFY(QFile::remove(store.currentPath()));
            const auto choice = store.choose(m_bundled);
            QCOMPARE(choice.path, m_bundled);
            QVERIFY2(choice.warning.contains(QStringLiteral("missing")), qPrintable(choice.warning));
        }
        {
            const QString folder = freshFolderWith13(QStringLiteral("damaged"));
            Update::ContentStore store(folder);
            QByteArray bytes = Test::readAll(store.currentPath());
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x55);
            Test::writeAll(store.currentPath(), bytes);
            const auto choice = store.choose(m_bundled);
            QCOMPARE(choice.path, m_bundled);
            QVERIFY2(choice.warning.contains(QStringLiteral("damaged")), qPrintable(choice.warning));
        }
        {
            const QString folder = freshFolderWith13(QStringLiteral("nostate"));
            Update::ContentStore store(folder);
            QVERIFY(QFile::remove(folder + QStringLiteral("/state.json")));
            const auto choice = store.choose(m_bundled);
            QCOMPARE(choice.path, m_bundled);
            QVERIFY2(choice.warning.contains(QStringLiteral("record")), qPrintable(choice.warning));
        }
        {
            // A newer Myelin came with newer content than the old update: the newer is shown, quietly.
            const QString folder = freshFolderWith13(QStringLiteral("newerbundled"));
            Update::ContentStore store(folder);
            const QString shipped = Test::contentCopy(path(QStringLiteral("shipped.db")), QStringLiteral("2.0"));
            const auto choice = store.choose(shipped);
            QCOMPARE(choice.path, shipped);
            QVERIFY(choice.warning.isEmpty());
        }
    }

    void userDataIsUntouched()
    {
        // The real default places, in test mode: the store's folder beside the user's database and settings.
        Update::ContentStore store;
        QVERIFY(store.folder().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QString userPath;
        QString settingsPath;
        {
            UserDatabase user;
            QVERIFY2(user.isOpen(), qPrintable(user.errorMessage()));
            QVERIFY(user.recordFeedback(QStringLiteral("gamma"), true));
            userPath = user.path();
            Settings settings;
            settings.setLastArticle(QStringLiteral("gamma"));
            settings.sync();
            settingsPath = QSettings().fileName(); // where Settings() keeps them
        }
        const QByteArray userBefore = Test::readAll(userPath);
        const QByteArray settingsBefore = Test::readAll(settingsPath);
        QVERIFY(!userBefore.isEmpty());
        QVERIFY(!settingsBefore.isEmpty());
        const QStringList before = QDir(QFileInfo(userPath).absolutePath()).entryList(QDir::Files);

        QVERIFY(install(store, m_pack13));
        QVERIFY(install(store, m_pack14));
        QString error;
        QVERIFY(store.goBack(&error));
        QVERIFY(store.goBack(&error));

        QCOMPARE(Test::readAll(userPath), userBefore);
        QCOMPARE(Test::readAll(settingsPath), settingsBefore);
        QCOMPARE(QDir(QFileInfo(userPath).absolutePath()).entryList(QDir::Files), before);
        UserDatabase user;
        QCOMPARE(user.feedback(QStringLiteral("gamma")), 1);
        Settings settings;
        QCOMPARE(settings.lastArticle(), QStringLiteral("gamma"));
    }
};

int main(int argc, char *argv[])
{
    Myelin::Test::prepareEnvironment();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MyelinTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_contentstore"));
    TestContentStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contentstore.moc"
