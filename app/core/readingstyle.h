// SPDX-License-Identifier: GPL-3.0-or-later
// How the article is set: colour theme, text size, line spacing, letter and word spacing, line length
// and font. One value that every path into an article turns into the same CSS :root declarations.
#ifndef MYELIN_CORE_READINGSTYLE_H
#define MYELIN_CORE_READINGSTYLE_H

#include "theme.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Myelin {

struct ReadingStyle
{
    // A theme id from Theme::all(), or SystemTheme to follow the desktop's light or dark setting.
    static inline const QString SystemTheme = QStringLiteral("system");
    // The bundled easier-to-read font (served as myelin://font/...); empty means the normal font.
    static inline const QString DyslexiaFont = QStringLiteral("opendyslexic");

    QString theme = SystemTheme;
    int fontPercent = 100;       // body text, in percent of BasePixelSize
    int lineHeightPercent = 160; // line-height 1.6
    int letterSpacing = 0;       // hundredths of an em
    int wordSpacing = 0;         // hundredths of an em
    int measure = 38;            // longest line, in em
    QString font;                // empty or DyslexiaFont

    // One choice in a menu: the value and its untranslated label (translate in the "Myelin::ReadingStyle"
    // context).
    struct Choice
    {
        int value;
        const char *label;
    };
    static const QList<Choice> &lineHeightChoices();
    static const QList<Choice> &letterSpacingChoices();
    static const QList<Choice> &wordSpacingChoices();
    static const QList<Choice> &measureChoices();

    // The combined "Spacing" choice of the first-run page: 0 normal, 1 wide, 2 extra wide; -1 when
    // line, letter and word spacing are not one of these sets.
    int spacingLevel() const;
    void setSpacingLevel(int level);

    // Keeps every value within the offered range (settings files can be edited by hand).
    ReadingStyle normalized() const;

    QVariantMap toVariant() const;
    static ReadingStyle fromVariant(const QVariantMap &map);

    // The window's own text size (menus, toolbars, lists, dialogs) for this text size: it follows the
    // article's from 100% up at half the rate (300% -> 200%), so the window still fits a small screen
    // while the article grows in full; below 100% only the article shrinks.
    int interfacePercent() const { return interfacePercentFor(fontPercent); }
    static int interfacePercentFor(int fontPercent);

    bool operator==(const ReadingStyle &other) const;
    bool operator!=(const ReadingStyle &other) const { return !(*this == other); }
};

// CSS declarations for :root: the theme's colours, the text size and every spacing, so each page
// is right on its first paint. (theme is already resolved: never "system" here.)
QString rootStyleFor(const Theme &theme, const ReadingStyle &style);

} // namespace Myelin

#endif // MYELIN_CORE_READINGSTYLE_H
