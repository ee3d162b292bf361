// SPDX-License-Identifier: GPL-3.0-or-later
// The settings migration: numbered steps from older keys to current ones, never losing a value, run
// twice without change, and leaving a file from a newer version alone.
#include "userdata/settingsmigration.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {
const QString VersionKey = QStringLiteral("settingsVersion");

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Test-only history: these keys never existed in Myelin; they exercise the mechanism that a real rename
// will use.
const QList<SettingsMigration::Step> &legacySteps()
{
    static const QList<SettingsMigration::Step> steps = {
        {1, "the file carries its format version", nullptr},
        {2, "test only: reading/fontSize became reading/fontPercent",
         [](QSettings &file) {
             SettingsMigration::moveKey(file, QStringLiteral("reading/fontSize"),
                                        QStringLiteral("reading/fontPercent"));
         }},
        {3, "test only: the profiles array became comfortProfiles",
         [](QSettings &file) {
             SettingsMigration::moveKey(file, QStringLiteral("profiles"), QStringLiteral("comfortProfiles"));
         }},
    };
    return steps;
}

// A file as the test-only version 1 wrote it.
const QByteArray LegacyFile = "[General]\n"
                              "settingsVersion=1\n"
                              "[profiles]\n"
                              "1\\name=Evening\n"
                              "1\\theme=dark\n"
                              "2\\name=Morning\n"
                              "size=2\n"
                              "[reading]\n"
                              "fontSize=150\n"
                              "[window]\n"
                              "geometry=@ByteArray(abc)\n";
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void legacyKeysMoveToTheirNewNames()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, LegacyFile));
        {
            QSettings file(ini, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::fileVersion(file, VersionKey), 1);
            QCOMPARE(SettingsMigration::run(file, VersionKey, legacySteps()), SettingsMigration::Outcome::Migrated);
        }
        const QSettings file(ini, QSettings::IniFormat);
        QCOMPARE(file.value(VersionKey).toInt(), 3);
        QCOMPARE(file.value(QStringLiteral("reading/fontPercent")).toString(), QStringLiteral("150"));
        QVERIFY(!file.contains(QStringLiteral("reading/fontSize")));
        QCOMPARE(file.value(QStringLiteral("comfortProfiles/size")).toInt(), 2);
        QCOMPARE(file.value(QStringLiteral("comfortProfiles/1/name")).toString(), QStringLiteral("Evening"));
        QCOMPARE(file.value(QStringLiteral("comfortProfiles/1/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(file.value(QStringLiteral("comfortProfiles/2/name")).toString(), QStringLiteral("Morning"));
        QVERIFY(!file.childGroups().contains(QStringLiteral("profiles")));
        QCOMPARE(file.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("abc")); // untouched
    }

    void aFileWithoutAVersionRunsEveryStep()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, "[reading]\nfontSize=175\n"));
        {
            QSettings file(ini, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::fileVersion(file, VersionKey), 0);
            QCOMPARE(SettingsMigration::run(file, VersionKey, legacySteps()), SettingsMigration::Outcome::Migrated);
        }
        const QSettings file(ini, QSettings::IniFormat);
        QCOMPARE(file.value(VersionKey).toInt(), 3);
        QCOMPARE(file.value(QStringLiteral("reading/fontPercent")).toInt(), 175);
        QCOMPARE(file.allKeys().size(), 2);
    }

    void runningTwiceChangesNothing()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, LegacyFile));
        {
            QSettings file(ini, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::run(file, VersionKey, legacySteps()), SettingsMigration::Outcome::Migrated);
        }
        const QByteArray once = contents(ini);
        {
            QSettings file(ini, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::run(file, VersionKey, legacySteps()), SettingsMigration::Outcome::UpToDate);
        }
        QCOMPARE(contents(ini), once);
    }

    void aNewerFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QByteArray newer = "[General]\nsettingsVersion=4\n[reading]\nfontSize=150\n";
        QVERIFY(writeFile(ini, newer));
        {
            QSettings file(ini, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::run(file, VersionKey, legacySteps()), SettingsMigration::Outcome::NewerFile);
        }
        QCOMPARE(contents(ini), newer);
    }

    void aValueUnderTheNewNameWinsAndTheOldStays()
    {
        // Both names set (an older build wrote the old key after a newer one wrote the new): no value lost.
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, "[reading]\nfontSize=150\nfontPercent=120\n"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("both .*fontSize.* and .*fontPercent")));
        {
            QSettings file(ini, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::run(file, VersionKey, legacySteps()), SettingsMigration::Outcome::Migrated);
        }
        const QSettings file(ini, QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("reading/fontPercent")).toInt(), 120);
        QCOMPARE(file.value(QStringLiteral("reading/fontSize")).toInt(), 150);
        QCOMPARE(file.value(VersionKey).toInt(), 3);
    }

    void aVersionThatIsNotANumberCountsAsZero()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, "[General]\nsettingsVersion=banana\n[reading]\nfontSize=90\n"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not a number")));
        {
            QSettings file(ini, QSettings::IniFormat);
            QCOMPARE(SettingsMigration::run(file, VersionKey, legacySteps()), SettingsMigration::Outcome::Migrated);
        }
        const QSettings file(ini, QSettings::IniFormat);
        QCOMPARE(file.value(VersionKey).toInt(), 3);
        QCOMPARE(file.value(QStringLiteral("reading/fontPercent")).toInt(), 90);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
