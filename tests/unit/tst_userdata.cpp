// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdata/settings.h"
#include "userdata/userdatabase.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

class TestUserData : public QObject
{
    Q_OBJECT

private slots:
    void fontStepsStayInRange()
    {
        QCOMPARE(Settings::nextFontStep(100, +1), 110);
        QCOMPARE(Settings::nextFontStep(100, -1), 90);
        QCOMPARE(Settings::nextFontStep(300, +1), 300);
        QCOMPARE(Settings::nextFontStep(75, -1), 75);
        QCOMPARE(Settings::nextFontStep(105, +1), 110); // an odd stored value snaps to the next step
    }

    void settingsPersist()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(ini);
            QCOMPARE(settings.fontPercent(), Settings::DefaultFontPercent);
            settings.setFontPercent(175);
            settings.setLastArticle(QStringLiteral("ccsvi"));
        }
        Settings again(ini);
        QCOMPARE(again.fontPercent(), 175);
        QCOMPARE(again.lastArticle(), QStringLiteral("ccsvi"));
        again.setFontPercent(5000);
        QCOMPARE(again.fontPercent(), 300);
    }

    void feedbackIsStoredInTheUsersOwnFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/user.db"));
        {
            UserDatabase db(path);
            QVERIFY2(db.isOpen(), qPrintable(db.errorMessage()));
            QCOMPARE(db.feedback(QStringLiteral("ccsvi")), -1);
            QVERIFY(db.recordFeedback(QStringLiteral("ccsvi"), true));
            QVERIFY(db.recordFeedback(QStringLiteral("ccsvi"), false)); // the newest answer wins
        }
        UserDatabase reopened(path);
        QCOMPARE(reopened.feedback(QStringLiteral("ccsvi")), 0);
    }

    void aCorruptUserFileIsReportedNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        UserDatabase db(path);
        QVERIFY(!db.isOpen());
        QVERIFY(db.errorMessage().contains(path));
        QVERIFY(!db.recordFeedback(QStringLiteral("a"), true));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
    }

    void defaultLocationIsTheUsersDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(
            UserDatabase::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(UserDatabase::defaultPath().endsWith(QStringLiteral("/user.db")));
    }
};

QTEST_GUILESS_MAIN(TestUserData)
#include "tst_userdata.moc"
