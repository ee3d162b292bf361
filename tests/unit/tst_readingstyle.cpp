// SPDX-License-Identifier: GPL-3.0-or-later
// Reading style and comfort profiles: the CSS every page gets, the ranges it keeps to, and how
// profiles and the user's choices survive the settings file.
#include "core/comfortprofile.h"
#include "core/readingstyle.h"
#include "userdata/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

class TestReadingStyle : public QObject
{
    Q_OBJECT

private slots:
    void rootStyleCarriesEverySetting()
    {
        ReadingStyle style;
        style.fontPercent = 150;
        style.lineHeightPercent = 190;
        style.letterSpacing = 12;
        style.wordSpacing = 16;
        style.measure = 30;
        const QString css = rootStyleFor(Theme::byId(QStringLiteral("cream")), style);
        QVERIFY2(css.contains(QStringLiteral("font-size:27.0px;")), qPrintable(css));
        QVERIFY(css.contains(QStringLiteral("--line-height:1.9;")));
        QVERIFY(css.contains(QStringLiteral("--letter-spacing:0.12em;")));
        QVERIFY(css.contains(QStringLiteral("--word-spacing:0.16em;")));
        QVERIFY(css.contains(QStringLiteral("--measure:30em;")));
        QVERIFY(css.contains(QStringLiteral("--bg:#fbf5e6;")));
        QVERIFY(css.contains(QStringLiteral("--mark-bg:#ffe27a;")));
        QVERIFY(!css.contains(QStringLiteral("OpenDyslexic")));

        style = ReadingStyle();
        QVERIFY(rootStyleFor(Theme::byId(QStringLiteral("light")), style)
                    .contains(QStringLiteral("--letter-spacing:normal;--word-spacing:normal;")));
        style.font = ReadingStyle::DyslexiaFont;
        QVERIFY(rootStyleFor(Theme::byId(QStringLiteral("light")), style)
                    .contains(QStringLiteral("--font:\"OpenDyslexic\"")));
    }

    void spacingLevelsSetAllThree()
    {
        ReadingStyle style;
        QCOMPARE(style.spacingLevel(), 0);
        style.setSpacingLevel(2);
        QCOMPARE(style.lineHeightPercent, 220);
        QCOMPARE(style.letterSpacing, 12);
        QCOMPARE(style.wordSpacing, 16);
        QCOMPARE(style.spacingLevel(), 2);
        style.letterSpacing = 0;
        QCOMPARE(style.spacingLevel(), -1); // mixed: "Custom"
    }

    void handEditedValuesAreBroughtBackInRange()
    {
        const ReadingStyle style = ReadingStyle::fromVariant({{QStringLiteral("theme"), QStringLiteral("purple")},
                                                              {QStringLiteral("lineHeight"), 900},
                                                              {QStringLiteral("letterSpacing"), QStringLiteral("7")},
                                                              {QStringLiteral("measure"), -3},
                                                              {QStringLiteral("font"), QStringLiteral("Comic Sans")},
                                                              {QStringLiteral("fontPercent"), 5000}});
        QCOMPARE(style.theme, ReadingStyle::SystemTheme);
        QCOMPARE(style.lineHeightPercent, 220);
        QCOMPARE(style.letterSpacing, 5);
        QCOMPARE(style.measure, 30);
        QCOMPARE(style.font, QString());
        QCOMPARE(style.fontPercent, 400);
        QCOMPARE(ReadingStyle::fromVariant({}), ReadingStyle());
    }

    void builtInProfilesDiffer()
    {
        const auto &profiles = ComfortProfile::builtIns();
        QCOMPARE(profiles.size(), 3);
        QCOMPARE(profiles.at(0).id, QStringLiteral("standard"));
        QCOMPARE(profiles.at(0).style, ReadingStyle());
        const ComfortProfile &tired = profiles.at(1);
        QCOMPARE(tired.id, QStringLiteral("tired-eyes"));
        QCOMPARE(tired.style.theme, QStringLiteral("cream"));
        QVERIFY(tired.style.fontPercent > 100);
        QVERIFY(tired.style.lineHeightPercent > ReadingStyle().lineHeightPercent);
        const ComfortProfile &listen = profiles.at(2);
        QVERIFY(listen.showListen);
        QVERIFY(listen.prepareSpeech);
        for (const ComfortProfile &p : profiles) {
            QVERIFY(p.builtIn);
            QCOMPARE(p.style, p.style.normalized());
        }
    }

    void customProfilesSurviveTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        ComfortProfile evening;
        evening.name = QStringLiteral("  Evening   reading ");
        evening.style.theme = QStringLiteral("dark");
        evening.style.fontPercent = 175;
        evening.style.setSpacingLevel(2);
        evening.style.font = ReadingStyle::DyslexiaFont;
        evening.showListen = false;
        {
            Settings settings(ini);
            settings.setCustomComfortProfiles(
                ComfortProfile::customToVariant({evening, ComfortProfile::builtIns().first()}));
            ReadingStyle mine = evening.style;
            mine.measure = 48;
            settings.setReadingStyle(mine.toVariant());
            settings.setFontPercent(175);
            settings.setShowListenButton(false);
            settings.setComfortFirstRunDone(true);
            settings.setComfortProfile(QStringLiteral("custom:Evening reading"));
            settings.setSpeechRatePercent(-25);
            settings.setSpeechVoice(QStringLiteral("English (Great Britain)"));
            settings.sync();
        }
        Settings settings(ini);
        const auto profiles = ComfortProfile::customFromVariant(settings.customComfortProfiles());
        QCOMPARE(profiles.size(), 1); // built-in profiles are never stored
        QCOMPARE(profiles.first().name, QStringLiteral("Evening reading"));
        QCOMPARE(profiles.first().id, QStringLiteral("custom:Evening reading"));
        QCOMPARE(profiles.first().style, evening.style);
        QCOMPARE(profiles.first().showListen, false);
        const ReadingStyle style = ReadingStyle::fromVariant(settings.readingStyle());
        QCOMPARE(style.theme, QStringLiteral("dark"));
        QCOMPARE(style.measure, 48);
        QCOMPARE(style.fontPercent, 175); // the one text size setting (Settings::fontPercent)
        QCOMPARE(style.font, ReadingStyle::DyslexiaFont);
        QCOMPARE(settings.showListenButton(), false);
        QVERIFY(settings.comfortFirstRunDone());
        QCOMPARE(settings.comfortProfile(), QStringLiteral("custom:Evening reading"));
        QCOMPARE(settings.speechRatePercent(), -25);
        QCOMPARE(settings.speechVoice(), QStringLiteral("English (Great Britain)"));
    }

    void freshSettingsMeanFirstRunAndDefaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("fresh.ini")));
        QVERIFY(!settings.comfortFirstRunDone());
        QVERIFY(settings.showListenButton());
        QCOMPARE(settings.comfortProfile(), QStringLiteral("standard"));
        QCOMPARE(ReadingStyle::fromVariant(settings.readingStyle()), ReadingStyle());
        QVERIFY(settings.customComfortProfiles().isEmpty());
    }

    void brokenProfilesAreDropped()
    {
        const QVariantList stored = {QVariantMap{{QStringLiteral("name"), QString()}},
                                     QVariantMap{{QStringLiteral("name"), QStringLiteral("A")}},
                                     QVariantMap{{QStringLiteral("name"), QStringLiteral("A")}},
                                     QStringLiteral("not a map")};
        const auto profiles = ComfortProfile::customFromVariant(stored);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().name, QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestReadingStyle)
#include "tst_readingstyle.moc"
