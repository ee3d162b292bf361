// SPDX-License-Identifier: GPL-3.0-or-later
// The window's palette and stylesheet, made from the same Theme as the article's colours.
#ifndef MYELIN_UI_APPSTYLE_H
#define MYELIN_UI_APPSTYLE_H

#include "core/theme.h"

#include <QColor>

class QApplication;
class QPainter;
class QToolBar;
class QToolButton;
class QRect;
class QStyleOptionViewItem;

namespace Myelin::Ui {

// Applies the theme's palette and the app stylesheet (large targets, visible focus) to app, with the
// window's text, icons, rows and targets at interfacePercent of their normal size
// (ReadingStyle::interfacePercent).
void applyAppStyle(QApplication &app, const Theme &theme, int interfacePercent = 100);

// Minimum size of any clickable control, in pixels (WCAG 2.5.5 target size), at 100%.
inline constexpr int MinimumTarget = 44;

// The width of the focus ring on every control, in pixels (2-3 px, WCAG 2.4.13).
inline constexpr int FocusRingWidth = 3;

// The theme's focus colour (set by applyAppStyle), and the ring in it that item views draw around
// their current row when they have the keyboard: the style's own is a 1 px dotted line.
QColor focusRingColor();
void drawFocusRing(QPainter *painter, const QRect &rect);
// A list row's background as the style draws it (selection, hover), without its words or icon, and
// this ring instead of the style's 1 px dots when the row is current in a list that has the keyboard.
// option: already filled in by the delegate's initStyleOption. Delegates then draw their own words.
void drawRowBackground(QPainter *painter, QStyleOptionViewItem option);

// The button a toolbar shows when it has no room for all its items; it opens a menu of the others.
// Qt makes it with the toolbar and knows it only by this object name.
inline constexpr const char *ToolBarOverflowName = "qt_toolbar_ext_button";
QToolButton *toolBarOverflowButton(const QToolBar *toolbar);

} // namespace Myelin::Ui

#endif // MYELIN_UI_APPSTYLE_H
