// SPDX-License-Identifier: GPL-3.0-or-later
// The style's own small icons (the toolbar's overflow, a text field's clear button, Back, Forward,
// Home, a folder, a printer), drawn when shown in the window's text colour of the moment: the standard ones are a
// fixed grey that nearly vanishes in the dark and high-contrast themes, and finding them in the
// desktop's icon theme reads dozens of files while the window is being made (issue 21).
#ifndef MYELIN_UI_STYLEGLYPHS_H
#define MYELIN_UI_STYLEGLYPHS_H

#include <QIcon>
#include <QStyle>
#include <optional>

namespace Myelin::Ui::StyleGlyphs {

enum class Glyph
{
    Overflow, // two chevrons: more buttons
    Clear,    // a cross: empty the field
    Back,     // an arrow towards the start of the line (left, or right in a right-to-left language)
    Forward,
    Home,
    Folder,
    Print // a printer (not a standard icon: the Print button)
};

// The glyph drawn for a standard icon, when the style draws its own for it.
std::optional<Glyph> glyphFor(QStyle::StandardPixmap icon);
QIcon make(Glyph glyph);

} // namespace Myelin::Ui::StyleGlyphs

#endif // MYELIN_UI_STYLEGLYPHS_H
