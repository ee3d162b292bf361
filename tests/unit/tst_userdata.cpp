// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdata/settings.h"
#include "userdata/userdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
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

    void damagedProfileCountsAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::newRow("two billion") << QByteArray("2000000000");
        QTest::newRow("ten million") << QByteArray("10000000");
        QTest::newRow("one over the limit") << QByteArray::number(Settings::MaximumCustomProfiles + 1);
        QTest::newRow("negative") << QByteArray("-5");
    }

    void damagedProfileCountsAreIgnored()
    {
        // A damaged settings file once made the reader allocate without bound before its window showed.
        QFETCH(QByteArray, size);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[comfortProfiles]\n1\\name=Mine\n1\\fontPercent=150\nsize=" + size + "\n");
        file.close();
        if (size.toInt() >= 0) {
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("ignoring the saved comfort profiles")));
        }
        const Settings settings(ini);
        QCOMPARE(settings.customComfortProfiles(), QVariantList());
    }

    void profilesWithinTheLimitsAreRead()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVariantList profiles;
        for (int i = 0; i < Settings::MaximumCustomProfiles; ++i) {
            profiles << QVariantMap{{QStringLiteral("name"), QStringLiteral("Profile %1").arg(i)}};
        }
        {
            Settings settings(ini);
            settings.setCustomComfortProfiles(profiles);
        }
        const Settings again(ini);
        QCOMPARE(again.customComfortProfiles(), profiles);
        // One profile with too many values is dropped; the others stay.
        QVariantList fewer = profiles;
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("comfortProfiles"), int(profiles.size()));
            raw.setArrayIndex(0);
            for (int key = 0; key <= Settings::MaximumProfileKeys; ++key) {
                raw.setValue(QStringLiteral("extra%1").arg(key), QStringLiteral("x"));
            }
            raw.endArray();
        }
        fewer.removeFirst();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring saved comfort profile 1 ")));
        QCOMPARE(Settings(ini).customComfortProfiles(), fewer);
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

    void aCorruptUserFileIsSetAsideNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("setting aside")));
        UserDatabase db(path);
        // A new file in its place (tst_userdatarecovery has the other kinds of damage).
        QVERIFY(db.isOpen());
        QVERIFY(db.notice().contains(path));
        QVERIFY(db.recordFeedback(QStringLiteral("a"), true));
        QFile check(db.setAsidePath());
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
