// SPDX-License-Identifier: GPL-3.0-or-later
// The window's palette and stylesheet, made from the same Theme as the article's colours.
#ifndef MYELIN_UI_APPSTYLE_H
#define MYELIN_UI_APPSTYLE_H

#include "core/theme.h"

class QApplication;

namespace Myelin::Ui {

// Applies the theme's palette and the app stylesheet (large targets, visible focus) to app.
void applyAppStyle(QApplication &app, const Theme &theme);

// Minimum size of any clickable control, in pixels (WCAG 2.5.5 target size).
inline constexpr int MinimumTarget = 44;

} // namespace Myelin::Ui

#endif // MYELIN_UI_APPSTYLE_H
