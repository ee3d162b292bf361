// SPDX-License-Identifier: GPL-3.0-or-later
// The bookmark star, drawn in the theme's colours: an outline in the text colour when the page is not
// bookmarked, filled with the accent colour (outlined in text) when it is, so the state shows in every
// theme, high contrast included, and not by colour alone (outline against filled).
#ifndef MYELIN_UI_BOOKMARKS_STARICON_H
#define MYELIN_UI_BOOKMARKS_STARICON_H

#include <QColor>
#include <QIcon>

namespace Myelin::Ui::StarIcon {

QIcon make(bool filled, const QColor &ink, const QColor &fill);

} // namespace Myelin::Ui::StarIcon

#endif // MYELIN_UI_BOOKMARKS_STARICON_H
