// SPDX-License-Identifier: GPL-3.0-or-later
// Simple toolbar icons drawn in the theme's text colour, so they stay visible in every theme (the
// style's standard media icons are dark grey and vanish on the dark and high-contrast themes).
#ifndef MYELIN_UI_GLYPHICON_H
#define MYELIN_UI_GLYPHICON_H

#include <QColor>
#include <QIcon>
#include <functional>

class QPainter;

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
    // An icon drawn at each size when first shown; draw paints on a 24-unit grid scaled by s (size / 24)
    // and must keep what it needs by value.
    static QIcon drawn(const std::function<void(QPainter &painter, int size, qreal s)> &draw);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_GLYPHICON_H
