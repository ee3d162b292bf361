// SPDX-License-Identifier: GPL-3.0-or-later
// The one place colours and reading sizes are defined. The window's palette and the article's
// stylesheet are both made from a Theme, so they always match.
#ifndef MYELIN_CORE_THEME_H
#define MYELIN_CORE_THEME_H

#include <QList>
#include <QString>

namespace Myelin {

// A colour as 0xRRGGBB. (Core has no Qt Gui; the UI turns these into QColor.)
using Rgb = quint32;
QString cssColor(Rgb rgb);

struct Theme
{
    QString id;
    QString name; // untranslated; translate with QCoreApplication::translate("Myelin::Theme", name)
    bool dark = false;
    Rgb background; // page
    Rgb surface;    // panels, sidebars
    Rgb text;
    Rgb muted; // secondary text, still at least 4.5:1 on background
    Rgb link;
    Rgb accent; // buttons, selection
    Rgb accentText;
    Rgb border;
    Rgb focus; // focus ring
    Rgb noteBackground;
    // The sentence being read aloud (and <mark>): text on this background, at least 4.5:1 (7:1).
    Rgb markBackground = 0xfff2a8;
    Rgb markText = 0x1b1f24;

    static const QList<Theme> &all();
    static Theme byId(const QString &id); // the light theme when unknown
    // The colours every printout uses whatever the screen theme (black on white paper); the print
    // rules in resources/content/content.css must use exactly these (tests/unit/tst_theme.cpp).
    static const Theme &print();
};

// A highlight colour as a theme draws it: name is the one saved with the highlight (userdata's
// HighlightColour: yellow, green, blue, pink), text on background is at least 4.5:1 (7:1 in high
// contrast), and edge, a line under the passage, is at least 3:1 against the page, so a highlight
// shows to someone who cannot tell the background from the page's.
struct HighlightShade
{
    QString name;
    Rgb background;
    Rgb text;
    Rgb edge;
};

// The four highlight colours in theme (the light theme's for a theme it does not know), in the order
// they are offered.
QList<HighlightShade> highlightShades(const Theme &theme);

// Reading size: the body text is BasePixelSize at 100%.
inline constexpr int BasePixelSize = 18;

// CSS declarations for :root with the theme's colours and the reading size.
QString rootStyleFor(const Theme &theme, int fontPercent);

// WCAG 2 contrast ratio between two colours (1..21).
double contrastRatio(Rgb a, Rgb b);

} // namespace Myelin

#endif // MYELIN_CORE_THEME_H
