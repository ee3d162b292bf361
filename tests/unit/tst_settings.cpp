// SPDX-License-Identifier: GPL-3.0-or-later
// Settings as one table: every key's default, round trip, damaged values and bounds, the typed
// accessors over it; and the migration: numbered steps from older keys to current ones, never losing a
// value, run twice without change, and leaving a file from a newer version alone.
#include "userdata/settings.h"
#include "userdata/settingsmigration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {
using Key = Settings::Key;
const QString VersionKey = QStringLiteral("settingsVersion");

// What this test expects of every key, written out here rather than read from the table, so that a
// changed name, type or default fails until it is changed here too (a renamed key also needs a step in
// settings.cpp's migrationSteps()).
struct Expected
{
    Key key;
    QString name;       // the key in the file
    QVariant fallback;  // what it reads as when unset; invalid: left to core/readingstyle
    QVariant sample;    // a value other than the default, of the key's type
    QByteArray damaged; // an INI file where the key holds a value of the wrong type
};

const QList<Expected> &expectations()
{
    static const QList<Expected> rows = {
        {Key::FontPercent, QStringLiteral("reading/fontPercent"), 100, 150, "[reading]\nfontPercent=banana\n"},
        {Key::WindowGeometry, QStringLiteral("window/geometry"), QByteArray(), QByteArray("\x01\xd9\xd0\xcb\0\3g", 7),
         "[window]\ngeometry=one, two\n"},
        {Key::WindowState, QStringLiteral("window/state"), QByteArray(), QByteArray("\0\0\0\xff state", 10),
         "[window]\nstate=one, two\n"},
        {Key::SplitterState, QStringLiteral("window/splitter"), QByteArray(), QByteArray("\0\0\0\xff split", 10),
         "[window]\nsplitter=one, two\n"},
        {Key::LastArticle, QStringLiteral("history/lastArticle"), QString(), QStringLiteral("ccsvi"),
         "[history]\nlastArticle=one, two\n"},
        {Key::Theme, QStringLiteral("comfort/theme"), QVariant(), QStringLiteral("dark"),
         "[comfort]\ntheme=one, two\n"},
        {Key::LineHeight, QStringLiteral("comfort/lineHeight"), QVariant(), 180, "[comfort]\nlineHeight=banana\n"},
        {Key::LetterSpacing, QStringLiteral("comfort/letterSpacing"), QVariant(), 12, "[comfort]\nletterSpacing=1.5\n"},
        {Key::WordSpacing, QStringLiteral("comfort/wordSpacing"), QVariant(), 16, "[comfort]\nwordSpacing=wide\n"},
        {Key::Measure, QStringLiteral("comfort/measure"), QVariant(), 44, "[comfort]\nmeasure=44, 50\n"},
        {Key::Font, QStringLiteral("comfort/font"), QVariant(), QStringLiteral("opendyslexic"),
         "[comfort]\nfont=one, two\n"},
        {Key::ShowListenButton, QStringLiteral("comfort/showListen"), true, false, "[comfort]\nshowListen=banana\n"},
        {Key::ComfortFirstRunDone, QStringLiteral("comfort/firstRunDone"), false, true,
         "[comfort]\nfirstRunDone=yes please\n"},
        {Key::ComfortProfile, QStringLiteral("comfort/profile"), QStringLiteral("standard"),
         QStringLiteral("custom:Evening reading"), "[comfort]\nprofile=one, two\n"},
        {Key::CustomComfortProfiles, QStringLiteral("comfortProfiles"), QVariantList(),
         QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Evening")},
                                  {QStringLiteral("theme"), QStringLiteral("dark")}},
                      QVariantMap{{QStringLiteral("name"), QStringLiteral("Morning")}}},
         "[comfortProfiles]\nsize=banana\n1\\name=Evening\n"},
        {Key::SpeechRatePercent, QStringLiteral("speech/ratePercent"), 0, -25, "[speech]\nratePercent=fast\n"},
        {Key::SpeechVoice, QStringLiteral("speech/voice"), QString(), QStringLiteral("English (Great Britain)"),
         "[speech]\nvoice=one, two\n"},
        {Key::PaperSize, QStringLiteral("print/paperSize"), QString(), QStringLiteral("Letter"),
         "[print]\npaperSize=A4, Letter\n"},
        {Key::LastHandout, QStringLiteral("handout/last"), QByteArray(), QByteArray("{\"name\":\"Group\"}"),
         "[handout]\nlast=one, two\n"},
        {Key::ExportFolder, QStringLiteral("print/exportFolder"), QString(), QStringLiteral("/home/reader/Documents"),
         "[print]\nexportFolder=one, two\n"},
        {Key::Rendering, QStringLiteral("display/rendering"), QString(), QStringLiteral("software"),
         "[display]\nrendering=one, two\n"},
        {Key::ShowContentsPane, QStringLiteral("window/showContents"), true, false, "[window]\nshowContents=maybe\n"},
        {Key::ShowRelatedPane, QStringLiteral("window/showRelated"), true, false, "[window]\nshowRelated=1, 2\n"},
        {Key::Language, QStringLiteral("interface/language"), QString(), QStringLiteral("de"),
         "[interface]\nlanguage=de, fr\n"},
    };
    return rows;
}

const Expected *expectationFor(Key key)
{
    for (const Expected &row : expectations()) {
        if (row.key == key) {
            return &row;
        }
    }
    return nullptr;
}

// Whether the file holds the key (for the array, its size), read without Settings.
bool fileHolds(const QString &ini, const QString &name)
{
    const QSettings file(ini, QSettings::IniFormat);
    return file.contains(name) || file.contains(name + QStringLiteral("/size"));
}

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
    void everyKeyHasARowHere()
    {
        QCOMPARE(Settings::allKeys().size(), Settings::KeyCount);
        QCOMPARE(expectations().size(), Settings::KeyCount);
        QStringList names;
        for (Key key : Settings::allKeys()) {
            const Expected *row = expectationFor(key);
            QVERIFY2(row, "a new Settings::Key needs a row in expectations()");
            QCOMPARE(Settings::keyName(key), row->name);
            QCOMPARE(Settings::defaultValue(key), row->fallback);
            QCOMPARE(Settings::keyType(key), row->sample.metaType());
            QVERIFY2(row->sample != row->fallback, qPrintable(row->name));
            names << row->name;
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), Settings::KeyCount);
        QVERIFY(!names.contains(Settings::VersionKey));
    }

    void unsetKeyReadsItsDefault_data() { addKeyRows(); }
    void unsetKeyReadsItsDefault()
    {
        QFETCH(int, index);
        const Expected &row = expectations().at(index);
        QTemporaryDir dir;
        const Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.value(row.key), row.fallback);
    }

    void valueSurvivesANewSettings_data() { addKeyRows(); }
    void valueSurvivesANewSettings()
    {
        QFETCH(int, index);
        const Expected &row = expectations().at(index);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(ini);
            settings.setValue(row.key, row.sample);
            QCOMPARE(settings.value(row.key), row.sample);
        }
        QVERIFY(fileHolds(ini, row.name));
        Settings again(ini);
        QCOMPARE(again.value(row.key), row.sample);
        again.reset(row.key);
        QCOMPARE(again.value(row.key), row.fallback);
        again.sync();
        QVERIFY(!fileHolds(ini, row.name));
    }

    void settingTheDefaultRemovesTheKey_data() { addKeyRows(); }
    void settingTheDefaultRemovesTheKey()
    {
        QFETCH(int, index);
        const Expected &row = expectations().at(index);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(ini);
        settings.setValue(row.key, row.sample);
        settings.sync();
        QVERIFY(fileHolds(ini, row.name));
        settings.setValue(row.key, row.fallback); // for the reading style: an invalid QVariant
        settings.sync();
        QVERIFY(!fileHolds(ini, row.name));
        QCOMPARE(settings.value(row.key), row.fallback);
    }

    void aValueOfTheWrongTypeReadsAsTheDefault_data() { addKeyRows(); }
    void aValueOfTheWrongTypeReadsAsTheDefault()
    {
        QFETCH(int, index);
        const Expected &row = expectations().at(index);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, row.damaged));
        {
            const Settings settings(ini);
            QCOMPARE(settings.value(row.key), row.fallback);
        }
        // Reading does not throw the damaged value away.
        const QByteArray kept = row.damaged.split('\n').at(1);
        QVERIFY2(contents(ini).contains(kept), contents(ini).constData());
    }

    void aValueOfTheWrongTypeIsNotStored()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(ini);
        settings.setFontPercent(150);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not saving .*reading/fontPercent")));
        settings.setValue(Key::FontPercent, QStringLiteral("banana"));
        QCOMPARE(settings.fontPercent(), 150);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not saving .*comfortProfiles")));
        settings.setValue(Key::CustomComfortProfiles, QStringLiteral("banana"));
        QCOMPARE(settings.customComfortProfiles(), QVariantList());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not saving .*comfort/showListen")));
        settings.setValue(Key::ShowListenButton, QStringLiteral("maybe"));
        QCOMPARE(settings.showListenButton(), true);
    }

    void storedTextReadsAsItsType_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QVariant>("expected");
        const auto row = [](const char *name, Key key, const QByteArray &file, const QVariant &expected) {
            QTest::newRow(name) << int(key) << file << expected;
        };
        row("font below the steps", Key::FontPercent, "[reading]\nfontPercent=20\n", 75);
        row("font above the steps", Key::FontPercent, "[reading]\nfontPercent=5000\n", 300);
        row("font between steps", Key::FontPercent, "[reading]\nfontPercent=105\n", 105);
        row("font not whole", Key::FontPercent, "[reading]\nfontPercent=1.5\n", 100);
        row("speech too slow", Key::SpeechRatePercent, "[speech]\nratePercent=-500\n", -100);
        row("speech too fast", Key::SpeechRatePercent, "[speech]\nratePercent=500\n", 100);
        row("false", Key::ShowListenButton, "[comfort]\nshowListen=false\n", false);
        row("0", Key::ShowListenButton, "[comfort]\nshowListen=0\n", false);
        row("TRUE", Key::ComfortFirstRunDone, "[comfort]\nfirstRunDone=TRUE\n", true);
        row("empty profile id", Key::ComfortProfile, "[comfort]\nprofile=\n", QString());
        row("number as text", Key::LastArticle, "[history]\nlastArticle=42\n", QStringLiteral("42"));
        row("text as bytes", Key::LastHandout, "[handout]\nlast={}\n", QByteArray("{}"));
    }

    void storedTextReadsAsItsType()
    {
        QFETCH(int, key);
        QFETCH(QByteArray, file);
        QFETCH(QVariant, expected);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, file));
        QCOMPARE(Settings(ini).value(Key(key)), expected);
    }

    void typedAccessorsAreTheTablesKeys()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        const QByteArray bytes("\x01\x02\x03", 3);
        settings.setFontPercent(5000);
        QCOMPARE(settings.value(Key::FontPercent), QVariant(300));
        settings.setWindowGeometry(bytes);
        QCOMPARE(settings.value(Key::WindowGeometry), QVariant(bytes));
        settings.setWindowState(bytes + "s");
        QCOMPARE(settings.value(Key::WindowState), QVariant(bytes + "s"));
        settings.setSplitterState(bytes + "p");
        QCOMPARE(settings.value(Key::SplitterState), QVariant(bytes + "p"));
        settings.setLastArticle(QStringLiteral("ccsvi"));
        QCOMPARE(settings.value(Key::LastArticle), QVariant(QStringLiteral("ccsvi")));
        settings.setReadingStyle({{QStringLiteral("theme"), QStringLiteral("dark")},
                                  {QStringLiteral("measure"), 44},
                                  {QStringLiteral("fontPercent"), 250}}); // fontPercent is not the style's
        QCOMPARE(settings.value(Key::Theme), QVariant(QStringLiteral("dark")));
        QCOMPARE(settings.value(Key::Measure), QVariant(44));
        QCOMPARE(settings.value(Key::LineHeight), QVariant());
        QCOMPARE(settings.readingStyle(), (QVariantMap{{QStringLiteral("theme"), QStringLiteral("dark")},
                                                       {QStringLiteral("measure"), 44},
                                                       {QStringLiteral("fontPercent"), 300}}));
        settings.setShowListenButton(false);
        QCOMPARE(settings.value(Key::ShowListenButton), QVariant(false));
        settings.setComfortFirstRunDone(true);
        QCOMPARE(settings.value(Key::ComfortFirstRunDone), QVariant(true));
        settings.setComfortProfile(QString());
        QCOMPARE(settings.value(Key::ComfortProfile), QVariant(QString()));
        const QVariantList profiles{QVariantMap{{QStringLiteral("name"), QStringLiteral("Mine")}}};
        settings.setCustomComfortProfiles(profiles);
        QCOMPARE(settings.value(Key::CustomComfortProfiles), QVariant(profiles));
        settings.setSpeechRatePercent(-500);
        QCOMPARE(settings.value(Key::SpeechRatePercent), QVariant(-100));
        settings.setSpeechVoice(QStringLiteral("Voice"));
        QCOMPARE(settings.value(Key::SpeechVoice), QVariant(QStringLiteral("Voice")));
        settings.setPaperSize(QStringLiteral("A4"));
        QCOMPARE(settings.value(Key::PaperSize), QVariant(QStringLiteral("A4")));
        settings.setLastHandout("{}");
        QCOMPARE(settings.value(Key::LastHandout), QVariant(QByteArray("{}")));
        settings.setExportFolder(QStringLiteral("/tmp"));
        QCOMPARE(settings.value(Key::ExportFolder), QVariant(QStringLiteral("/tmp")));
        settings.setRendering(QStringLiteral("gpu"));
        QCOMPARE(settings.value(Key::Rendering), QVariant(QStringLiteral("gpu")));
    }

    void aDamagedStyleValueIsLeftToCore()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, "[comfort]\ntheme=dark\nlineHeight=banana\n"));
        const QVariantMap style = Settings(ini).readingStyle();
        QCOMPARE(style.value(QStringLiteral("theme")), QVariant(QStringLiteral("dark")));
        QVERIFY(!style.contains(QStringLiteral("lineHeight")));
    }

    void aFileWithoutAVersionKeepsEveryValueAndIsStamped()
    {
        // As every release before settingsVersion wrote it.
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings file(ini, QSettings::IniFormat);
            for (const Expected &row : expectations()) {
                if (row.key == Key::CustomComfortProfiles) {
                    const QVariantList profiles = row.sample.toList();
                    file.beginWriteArray(row.name, int(profiles.size()));
                    for (int i = 0; i < profiles.size(); ++i) {
                        file.setArrayIndex(i);
                        const QVariantMap profile = profiles.at(i).toMap();
                        for (auto it = profile.cbegin(); it != profile.cend(); ++it) {
                            file.setValue(it.key(), it.value());
                        }
                    }
                    file.endArray();
                } else {
                    file.setValue(row.name, row.sample);
                }
            }
        }
        QVERIFY(!contents(ini).contains("settingsVersion"));
        {
            Settings settings(ini);
            QVERIFY(!settings.isReadOnly());
            for (const Expected &row : expectations()) {
                QCOMPARE(settings.value(row.key), row.sample);
            }
        }
        QCOMPARE(QSettings(ini, QSettings::IniFormat).value(VersionKey), QVariant(QStringLiteral("1")));
        const QByteArray once = contents(ini);
        {
            Settings again(ini);
            QVERIFY(!again.migrate());
            for (const Expected &row : expectations()) {
                QCOMPARE(again.value(row.key), row.sample);
            }
        }
        QCOMPARE(contents(ini), once);
    }

    void aFreshFileIsStampedWithTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(ini);
            QVERIFY(!settings.migrate()); // the constructor did it
        }
        QCOMPARE(Settings::FormatVersion, 1);
        QCOMPARE(contents(ini), QByteArray("[General]\nsettingsVersion=1\n"));
    }

    void aFileFromANewerMyelinIsReadNotWritten()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QByteArray newer = "[General]\nsettingsVersion=7\nfromTheFuture=1\n\n"
                                 "[reading]\nfontPercent=150\n";
        QVERIFY(writeFile(ini, newer));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is from a newer Myelin")));
        {
            Settings settings(ini);
            QVERIFY(settings.isReadOnly());
            QCOMPARE(settings.fontPercent(), 150);
            settings.setFontPercent(200); // for this session only
            QCOMPARE(settings.fontPercent(), 200);
            settings.setLastArticle(QStringLiteral("ccsvi"));
            QCOMPARE(settings.lastArticle(), QStringLiteral("ccsvi"));
            settings.reset(Key::FontPercent);
            QCOMPARE(settings.fontPercent(), 100);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is from a newer Myelin")));
            QVERIFY(!settings.migrate());
            QVERIFY(!settings.sync()); // not stored, and the user is told why
            QVERIFY2(settings.lastError().contains(QStringLiteral("newer Myelin")), qPrintable(settings.lastError()));
            QVERIFY(settings.lastError().contains(QDir::toNativeSeparators(ini)));
        }
        QCOMPARE(contents(ini), newer);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is from a newer Myelin")));
        QCOMPARE(Settings(ini).fontPercent(), 150);
    }

    void aSettingsFileThatCannotBeWrittenSaysSo()
    {
        // The folder the file should be in is a plain file: no one, root included, can write there.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeFile(blocker, "not a folder"));
        const QString ini = blocker + QStringLiteral("/settings.ini");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot write the settings file")));
        Settings settings(ini);
        settings.setFontPercent(150);
        QCOMPARE(settings.fontPercent(), 150); // it still works for this session
        QVERIFY(!settings.sync());
        QVERIFY2(settings.lastError().contains(QDir::toNativeSeparators(ini)), qPrintable(settings.lastError()));
        QVERIFY(settings.lastError().contains(QStringLiteral("could not be saved")));

        Settings good(dir.filePath(QStringLiteral("good.ini")));
        good.setFontPercent(150);
        QVERIFY(good.sync());
        QVERIFY(good.lastError().isEmpty());
    }

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
        // What Settings reads from it: the moved values under their current keys. (The file is now at
        // the test-only version 3, newer than this build's, so Settings only reads it.)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is from a newer Myelin")));
        const Settings settings(ini);
        QCOMPARE(settings.fontPercent(), 150);
        QCOMPARE(settings.customComfortProfiles(),
                 (QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Evening")},
                                           {QStringLiteral("theme"), QStringLiteral("dark")}},
                               QVariantMap{{QStringLiteral("name"), QStringLiteral("Morning")}}}));
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

private:
    static void addKeyRows()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < expectations().size(); ++i) {
            QTest::newRow(qPrintable(expectations().at(i).name)) << i;
        }
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
