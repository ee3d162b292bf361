// SPDX-License-Identifier: GPL-3.0-or-later
// Every theme's text must be readable: WCAG contrast of at least 4.5:1, 7:1 for high contrast; focus
// rings and outlines at least 3:1; and the stylesheet's own colours (defaults, print) come from here.
#include "core/readingstyle.h"
#include "core/theme.h"
#include "userdata/librarytypes.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace Myelin;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula()
    {
        QCOMPARE(qRound(contrastRatio(0x000000, 0xffffff) * 10), 210);
        QCOMPARE(contrastRatio(0x777777, 0x777777), 1.0);
    }

    // Every text/background pair the article and the window use, in every theme (WCAG 1.4.3: 4.5:1,
    // 7:1 for high contrast) and every non-text pair (focus ring, button outlines: WCAG 1.4.11, 3:1).
    void everyThemeIsReadable_data()
    {
        QTest::addColumn<QString>("themeId");
        for (const Theme &t : Theme::all()) {
            QTest::newRow(qPrintable(t.id)) << t.id;
        }
        QTest::newRow("print") << QStringLiteral("print");
    }

    void everyThemeIsReadable()
    {
        QFETCH(QString, themeId);
        QVERIFY(Theme::all().size() >= 4);
        const Theme t = themeId == QLatin1String("print") ? Theme::print() : Theme::byId(themeId);
        QCOMPARE(t.id, themeId);
        const double minimum = t.id == QLatin1String("contrast") ? 7.0 : 4.5;
        const QList<std::pair<const char *, std::pair<Rgb, Rgb>>> text = {
            {"text/background", {t.text, t.background}},
            {"text/surface (sidebars, tables, quotes)", {t.text, t.surface}},
            {"text/note (summary box)", {t.text, t.noteBackground}},
            {"muted/background (captions, review date)", {t.muted, t.background}},
            {"muted/surface", {t.muted, t.surface}},
            {"muted/note", {t.muted, t.noteBackground}},
            {"link/background", {t.link, t.background}},
            {"link/surface", {t.link, t.surface}},
            {"link/note", {t.link, t.noteBackground}},
            {"badge text/background", {t.text, t.background}},
            {"button text (accent)/background", {t.accent, t.background}},
            {"accent text/accent (selection, active topic)", {t.accentText, t.accent}},
            {"spoken sentence text/highlight", {t.markText, t.markBackground}},
        };
        for (const auto &[name, colours] : text) {
            const double ratio = contrastRatio(colours.first, colours.second);
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("%1 %2: %3").arg(t.id, QLatin1String(name)).arg(ratio)));
        }
        const QList<std::pair<const char *, std::pair<Rgb, Rgb>>> nonText = {
            {"focus ring/background", {t.focus, t.background}},
            {"focus ring/surface", {t.focus, t.surface}},
            {"badge border/background", {t.text, t.background}},
            {"button border (accent)/background", {t.accent, t.background}},
        };
        for (const auto &[name, colours] : nonText) {
            const double ratio = contrastRatio(colours.first, colours.second);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 %2: %3").arg(t.id, QLatin1String(name)).arg(ratio)));
        }
        qInfo("%s: body text %.2f:1, links %.2f:1, muted %.2f:1, focus ring %.2f:1", qPrintable(t.id),
              contrastRatio(t.text, t.background), contrastRatio(t.link, t.background),
              contrastRatio(t.muted, t.background), contrastRatio(t.focus, t.background));
    }

    // The article stylesheet's own colours come from theme.h too: its :root defaults are the light theme,
    // and its print rules are exactly Theme::print(), so a dark screen theme never prints grey on white.
    void stylesheetColoursComeFromTheThemes()
    {
        QFile file(QStringLiteral(MYELIN_DATA_DIR "/../resources/content/content.css"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString css = QString::fromUtf8(file.readAll());
        const auto variables = [](const QString &block) {
            QMap<QString, QString> out;
            static const QRegularExpression re(QStringLiteral("(--[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})"));
            for (auto it = re.globalMatch(block); it.hasNext();) {
                const auto m = it.next();
                out.insert(m.captured(1), m.captured(2).toLower());
            }
            return out;
        };
        const auto expect = [](const Theme &t) {
            return QMap<QString, QString>{{QStringLiteral("--bg"), cssColor(t.background)},
                                          {QStringLiteral("--surface"), cssColor(t.surface)},
                                          {QStringLiteral("--text"), cssColor(t.text)},
                                          {QStringLiteral("--muted"), cssColor(t.muted)},
                                          {QStringLiteral("--link"), cssColor(t.link)},
                                          {QStringLiteral("--accent"), cssColor(t.accent)},
                                          {QStringLiteral("--accent-text"), cssColor(t.accentText)},
                                          {QStringLiteral("--border"), cssColor(t.border)},
                                          {QStringLiteral("--focus"), cssColor(t.focus)},
                                          {QStringLiteral("--note"), cssColor(t.noteBackground)}};
        };
        const int rootStart = css.indexOf(QStringLiteral(":root {"));
        QVERIFY(rootStart >= 0);
        const auto screen = variables(css.mid(rootStart, css.indexOf(QLatin1Char('}'), rootStart) - rootStart));
        const auto light = expect(Theme::byId(QStringLiteral("light")));
        for (auto it = light.cbegin(); it != light.cend(); ++it) {
            QCOMPARE(screen.value(it.key()), it.value());
        }

        const int printStart = css.indexOf(QStringLiteral("@media print"));
        QVERIFY(printStart >= 0);
        const int printRoot = css.indexOf(QStringLiteral(":root {"), printStart);
        QVERIFY(printRoot > printStart);
        const QString printBlock = css.mid(printRoot, css.indexOf(QLatin1Char('}'), printRoot) - printRoot);
        QVERIFY2(printBlock.count(QStringLiteral("!important")) >= 10,
                 "print colours must beat the page's inline screen colours");
        const auto print = variables(printBlock);
        auto paper = expect(Theme::print());
        paper.insert(QStringLiteral("--mark-bg"), cssColor(Theme::print().markBackground));
        paper.insert(QStringLiteral("--mark-text"), cssColor(Theme::print().markText));
        for (auto it = paper.cbegin(); it != paper.cend(); ++it) {
            QCOMPARE(print.value(it.key()), it.value());
        }
    }

    // The reader's highlight colours (ui/notes) in every theme: text on each at least 4.5:1 (7:1 in high
    // contrast), the line under each at least 3:1 against the page, the names those the store saves,
    // and each theme's shades in the page's :root.
    void highlightColoursAreReadableInEveryTheme()
    {
        const QStringList names{HighlightColour::Yellow, HighlightColour::Green, HighlightColour::Blue,
                                HighlightColour::Pink};
        for (const Theme &t : Theme::all()) {
            const double minimum = t.id == QLatin1String("contrast") ? 7.0 : 4.5;
            const QList<HighlightShade> shades = highlightShades(t);
            QStringList shown;
            for (const HighlightShade &shade : shades) {
                shown << shade.name;
                const double text = contrastRatio(shade.text, shade.background);
                const double edge = contrastRatio(shade.edge, t.background);
                qInfo("%s %s: text %.2f:1, edge %.2f:1", qPrintable(t.id), qPrintable(shade.name), text, edge);
                QVERIFY2(text >= minimum, qPrintable(QStringLiteral("%1 %2: %3").arg(t.id, shade.name).arg(text)));
                QVERIFY2(edge >= 3.0, qPrintable(QStringLiteral("%1 %2 edge: %3").arg(t.id, shade.name).arg(edge)));
                const QString css = rootStyleFor(t, ReadingStyle());
                QVERIFY(css.contains(QStringLiteral("--hl-%1:%2;").arg(shade.name, cssColor(shade.background))));
                QVERIFY(css.contains(QStringLiteral("--hl-%1-text:%2;").arg(shade.name, cssColor(shade.text))));
            }
            QCOMPARE(shown, names);
            // A theme's shades differ from each other: four colours, not one.
            for (int i = 0; i < shades.size(); ++i) {
                for (int j = i + 1; j < shades.size(); ++j) {
                    QVERIFY(shades.at(i).background != shades.at(j).background);
                }
            }
        }
    }

    void rootStyleCarriesSizeAndColours()
    {
        const QString css = rootStyleFor(Theme::byId(QStringLiteral("dark")), 150);
        QVERIFY(css.contains(QStringLiteral("font-size:27.0px;")));
        QVERIFY(css.contains(QStringLiteral("--bg:#16191d;")));
        QVERIFY(css.contains(QStringLiteral("color-scheme:dark;")));
        QCOMPARE(Theme::byId(QStringLiteral("unknown")).id, QStringLiteral("light"));
    }
};

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
