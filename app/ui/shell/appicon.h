// SPDX-License-Identifier: GPL-3.0-or-later
// The window icon on Linux: org.myelin.Myelin from the hicolor theme, looked up also in
// <exe>/../share/icons, so a relocated install and the build tree (which mirrors it) show it too.
// Windows takes the icon from myelin.exe's resources, macOS from the bundle's myelin.icns.
#ifndef MYELIN_UI_APPICON_H
#define MYELIN_UI_APPICON_H

#include <QString>

namespace Myelin::Ui {

void applyAppIcon(const QString &applicationDir);

} // namespace Myelin::Ui

#endif // MYELIN_UI_APPICON_H
