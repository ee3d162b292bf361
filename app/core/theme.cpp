// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QCoreApplication>
#include <QtMath>

namespace Myelin {

const QList<Theme> &Theme::all()
{
    static const QList<Theme> themes = {
        {QStringLiteral("light"), QString::fromLatin1(QT_TRANSLATE_NOOP("Myelin::Theme", "Light")), false, 0xffffff,
         0xf3f5f7, 0x1b1f24, 0x4a5563, 0x0b5cad, 0x0b5cad, 0xffffff, 0xc9d1da, 0xb35c00, 0xeef4fb, 0xfff2a8, 0x1b1f24},
        {QStringLiteral("cream"), QString::fromLatin1(QT_TRANSLATE_NOOP("Myelin::Theme", "Cream")), false, 0xfbf5e6,
         0xf1e9d4, 0x2b2419, 0x5a4e3c, 0x6a3c00, 0x6a3c00, 0xffffff, 0xd8ccb0, 0x0b5cad, 0xf3ead2, 0xffe27a, 0x2b2419},
        {QStringLiteral("dark"), QString::fromLatin1(QT_TRANSLATE_NOOP("Myelin::Theme", "Dark")), true, 0x16191d,
         0x1f2328, 0xe8eaed, 0xb4bcc6, 0x8cc4ff, 0x8cc4ff, 0x0b1a2b, 0x3a4149, 0xffb454, 0x1e2a38, 0x5c4a12, 0xfff4d6},
        {QStringLiteral("contrast"), QString::fromLatin1(QT_TRANSLATE_NOOP("Myelin::Theme", "High contrast")), true,
         0x000000, 0x000000, 0xffffff, 0xffffff, 0xffff00, 0xffff00, 0x000000, 0xffffff, 0x00ffff, 0x000000, 0xffff00,
         0x000000},
    };
    return themes;
}

Theme Theme::byId(const QString &id)
{
    for (const Theme &theme : all()) {
        if (theme.id == id) {
            return theme;
        }
    }
    return all().first();
}

const Theme &Theme::print()
{
    // Black on white paper; muted text and rules stay dark enough to read and copy.
    static const Theme theme = [] {
        Theme t = Theme::byId(QStringLiteral("light"));
        t.id = QStringLiteral("print");
        t.name = QStringLiteral("Print");
        t.background = t.surface = t.noteBackground = t.accentText = t.markBackground = 0xffffff;
        t.text = t.link = t.accent = t.focus = t.markText = 0x000000;
        t.muted = 0x333333;
        t.border = 0x767676;
        return t;
    }();
    return theme;
}

QList<HighlightShade> highlightShades(const Theme &theme)
{
    const QString yellow = QStringLiteral("yellow");
    const QString green = QStringLiteral("green");
    const QString blue = QStringLiteral("blue");
    const QString pink = QStringLiteral("pink");
    if (theme.id == QLatin1String("cream")) {
        return {{yellow, 0xffe27a, 0x2b2419, 0x7a5c00},
                {green, 0xcfe9bf, 0x2b2419, 0x2e6b2e},
                {blue, 0xcfe0f2, 0x2b2419, 0x0b5cad},
                {pink, 0xf6d0de, 0x2b2419, 0xa02c62}};
    }
    if (theme.id == QLatin1String("dark")) {
        return {{yellow, 0x5c4a12, 0xfff4d6, 0xe0b84a},
                {green, 0x1f4a2b, 0xe3f6e6, 0x6cc785},
                {blue, 0x1d3d63, 0xe3efff, 0x7fb6ff},
                {pink, 0x5a2244, 0xffe3f1, 0xf08cc0}};
    }
    if (theme.id == QLatin1String("contrast")) {
        return {{yellow, 0xffff00, 0x000000, 0xffff00},
                {green, 0x66ff66, 0x000000, 0x66ff66},
                {blue, 0x80d0ff, 0x000000, 0x80d0ff},
                {pink, 0xff99ff, 0x000000, 0xff99ff}};
    }
    return {{yellow, 0xfff2a8, 0x1b1f24, 0x8a6d00},
            {green, 0xd3f2d3, 0x1b1f24, 0x2e7d32},
            {blue, 0xd6e8ff, 0x1b1f24, 0x0b5cad},
            {pink, 0xffd9ec, 0x1b1f24, 0xb0306f}};
}

QString cssColor(Rgb rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xffffff, 6, 16, QLatin1Char('0'));
}

QString rootStyleFor(const Theme &theme, int fontPercent)
{
    const double px = BasePixelSize * fontPercent / 100.0;
    return QStringLiteral("font-size:%1px;--bg:%2;--surface:%3;--text:%4;--muted:%5;--link:%6;--accent:%7;"
                          "--accent-text:%8;--border:%9;--focus:%10;--note:%11;color-scheme:%12;")
        .arg(QString::number(px, 'f', 1), cssColor(theme.background), cssColor(theme.surface), cssColor(theme.text),
             cssColor(theme.muted), cssColor(theme.link), cssColor(theme.accent), cssColor(theme.accentText),
             cssColor(theme.border), cssColor(theme.focus), cssColor(theme.noteBackground),
             theme.dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(Rgb rgb)
{
    const double r = ((rgb >> 16) & 0xff) / 255.0;
    const double g = ((rgb >> 8) & 0xff) / 255.0;
    const double b = (rgb & 0xff) / 255.0;
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
} // namespace

double contrastRatio(Rgb a, Rgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace Myelin
