// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingstyle.h"

#include <algorithm>

namespace Myelin {

namespace {

// Line height 1.5 and more, letter spacing up to 0.12 em and word spacing up to 0.16 em are the
// values WCAG 2.2 (1.4.12 Text Spacing) asks content to survive; the page is tested at all of them.
constexpr int SpacingLevels[3][3] = {
    // line height %, letter spacing, word spacing (hundredths of an em)
    {160, 0, 0},
    {190, 5, 8},
    {220, 12, 16},
};

int nearestChoice(const QList<ReadingStyle::Choice> &choices, int value)
{
    int best = choices.first().value;
    for (const ReadingStyle::Choice &choice : choices) {
        if (std::abs(choice.value - value) < std::abs(best - value)) {
            best = choice.value;
        }
    }
    return best;
}

QString em(int hundredths)
{
    if (hundredths == 0) {
        return QStringLiteral("normal");
    }
    return QString::number(hundredths / 100.0, 'g', 3) + QStringLiteral("em");
}

} // namespace

const QList<ReadingStyle::Choice> &ReadingStyle::lineHeightChoices()
{
    static const QList<Choice> choices = {
        {160, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Normal")},
        {190, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Wide")},
        {220, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Extra wide")},
    };
    return choices;
}

const QList<ReadingStyle::Choice> &ReadingStyle::letterSpacingChoices()
{
    static const QList<Choice> choices = {
        {0, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Normal")},
        {5, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Wide")},
        {12, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Extra wide")},
    };
    return choices;
}

const QList<ReadingStyle::Choice> &ReadingStyle::wordSpacingChoices()
{
    static const QList<Choice> choices = {
        {0, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Normal")},
        {8, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Wide")},
        {16, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Extra wide")},
    };
    return choices;
}

const QList<ReadingStyle::Choice> &ReadingStyle::measureChoices()
{
    static const QList<Choice> choices = {
        {30, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Short lines")},
        {38, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Medium lines")},
        {48, QT_TRANSLATE_NOOP("Myelin::ReadingStyle", "Long lines")},
    };
    return choices;
}

int ReadingStyle::spacingLevel() const
{
    for (int level = 0; level < 3; ++level) {
        if (lineHeightPercent == SpacingLevels[level][0] && letterSpacing == SpacingLevels[level][1] &&
            wordSpacing == SpacingLevels[level][2]) {
            return level;
        }
    }
    return -1;
}

void ReadingStyle::setSpacingLevel(int level)
{
    level = std::clamp(level, 0, 2);
    lineHeightPercent = SpacingLevels[level][0];
    letterSpacing = SpacingLevels[level][1];
    wordSpacing = SpacingLevels[level][2];
}

ReadingStyle ReadingStyle::normalized() const
{
    ReadingStyle out = *this;
    bool known = out.theme == SystemTheme;
    for (const Theme &t : Theme::all()) {
        known = known || t.id == out.theme;
    }
    if (!known) {
        out.theme = SystemTheme;
    }
    out.fontPercent = std::clamp(out.fontPercent, 50, 400);
    out.lineHeightPercent = nearestChoice(lineHeightChoices(), out.lineHeightPercent);
    out.letterSpacing = nearestChoice(letterSpacingChoices(), out.letterSpacing);
    out.wordSpacing = nearestChoice(wordSpacingChoices(), out.wordSpacing);
    out.measure = nearestChoice(measureChoices(), out.measure);
    if (out.font != DyslexiaFont) {
        out.font.clear();
    }
    return out;
}

QVariantMap ReadingStyle::toVariant() const
{
    return {
        {QStringLiteral("theme"), theme},
        {QStringLiteral("fontPercent"), fontPercent},
        {QStringLiteral("lineHeight"), lineHeightPercent},
        {QStringLiteral("letterSpacing"), letterSpacing},
        {QStringLiteral("wordSpacing"), wordSpacing},
        {QStringLiteral("measure"), measure},
        {QStringLiteral("font"), font},
    };
}

ReadingStyle ReadingStyle::fromVariant(const QVariantMap &map)
{
    ReadingStyle style;
    style.theme = map.value(QStringLiteral("theme"), style.theme).toString();
    style.fontPercent = map.value(QStringLiteral("fontPercent"), style.fontPercent).toInt();
    style.lineHeightPercent = map.value(QStringLiteral("lineHeight"), style.lineHeightPercent).toInt();
    style.letterSpacing = map.value(QStringLiteral("letterSpacing"), style.letterSpacing).toInt();
    style.wordSpacing = map.value(QStringLiteral("wordSpacing"), style.wordSpacing).toInt();
    style.measure = map.value(QStringLiteral("measure"), style.measure).toInt();
    style.font = map.value(QStringLiteral("font")).toString();
    return style.normalized();
}

bool ReadingStyle::operator==(const ReadingStyle &other) const
{
    return theme == other.theme && fontPercent == other.fontPercent && lineHeightPercent == other.lineHeightPercent &&
           letterSpacing == other.letterSpacing && wordSpacing == other.wordSpacing && measure == other.measure &&
           font == other.font;
}

int ReadingStyle::interfacePercentFor(int fontPercent)
{
    return fontPercent <= 100 ? 100 : 100 + (fontPercent - 100) / 2;
}

QString rootStyleFor(const Theme &theme, const ReadingStyle &style)
{
    QString css = rootStyleFor(theme, style.fontPercent);
    // A summary box whose background is the page's own (high contrast) gets a visible edge instead.
    const Rgb noteEdge = theme.noteBackground == theme.background ? theme.border : theme.noteBackground;
    css += QStringLiteral("--line-height:%1;--letter-spacing:%2;--word-spacing:%3;--measure:%4em;"
                          "--mark-bg:%5;--mark-text:%6;--note-border:%7;")
               .arg(QString::number(style.lineHeightPercent / 100.0, 'g', 3), em(style.letterSpacing),
                    em(style.wordSpacing))
               .arg(style.measure)
               .arg(cssColor(theme.markBackground), cssColor(theme.markText), cssColor(noteEdge));
    // The reader's highlights (content.css, mark.myelin-hl-<name>): --hl-<name>, -text and -edge.
    for (const HighlightShade &shade : highlightShades(theme)) {
        css += QStringLiteral("--hl-%1:%2;--hl-%1-text:%3;--hl-%1-edge:%4;")
                   .arg(shade.name, cssColor(shade.background), cssColor(shade.text), cssColor(shade.edge));
    }
    if (style.font == ReadingStyle::DyslexiaFont) {
        css += QStringLiteral("--font:\"OpenDyslexic\",\"Noto Sans\",\"DejaVu Sans\",sans-serif;");
    }
    return css;
}

} // namespace Myelin
