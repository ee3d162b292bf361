// SPDX-License-Identifier: GPL-3.0-or-later
// Simple toolbar icons drawn in the theme's text colour, so they stay visible in every theme (the
// style's standard media icons are dark grey and vanish on the dark and high-contrast themes).
#ifndef MYELIN_UI_GLYPHICON_H
#define MYELIN_UI_GLYPHICON_H

#include <QColor>
#include <QIcon>

namespace Myelin::Ui {

class GlyphIcon
{
public:
    enum class Glyph
    {
        Play,
        Pause,
        Stop,
        Comfort // "Aa": text settings
    };
    static QIcon make(Glyph glyph, const QColor &colour);
    // A colour sample: "Aa" in text on background, framed in frame (the theme buttons).
    static QIcon swatch(const QColor &background, const QColor &text, const QColor &frame);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_GLYPHICON_H
