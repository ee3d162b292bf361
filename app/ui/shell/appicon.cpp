// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QApplication>
#include <QDir>
#include <QIcon>

namespace Myelin::Ui {

void applyAppIcon(const QString &applicationDir)
{
    const QString ownIcons = QDir::cleanPath(applicationDir + QStringLiteral("/../share/icons"));
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(ownIcons) && QDir(ownIcons).exists()) {
        paths.append(ownIcons);
        QIcon::setThemeSearchPaths(paths);
    }
    const QIcon icon = QIcon::fromTheme(QStringLiteral("org.myelin.Myelin"));
    if (!icon.isNull()) {
        QApplication::setWindowIcon(icon);
    }
}

} // namespace Myelin::Ui
