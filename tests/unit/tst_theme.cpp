// SPDX-License-Identifier: GPL-3.0-or-later
// Every theme's text must be readable: WCAG contrast of at least 4.5:1, 7:1 for high contrast.
#include "core/theme.h"

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

    void everyThemeIsReadable()
    {
        QVERIFY(Theme::all().size() >= 4);
        for (const Theme &t : Theme::all()) {
            const double minimum = t.id == QLatin1String("contrast") ? 7.0 : 4.5;
            const QList<std::pair<const char *, std::pair<Rgb, Rgb>>> pairs = {
                {"text/background", {t.text, t.background}},      {"text/surface", {t.text, t.surface}},
                {"muted/background", {t.muted, t.background}},    {"link/background", {t.link, t.background}},
                {"accent text/accent", {t.accentText, t.accent}}, {"text/note", {t.text, t.noteBackground}},
                {"muted/surface", {t.muted, t.surface}}};
            for (const auto &[name, colours] : pairs) {
                const double ratio = contrastRatio(colours.first, colours.second);
                QVERIFY2(ratio >= minimum,
                         qPrintable(QStringLiteral("%1 %2: %3").arg(t.id, QLatin1String(name)).arg(ratio)));
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
