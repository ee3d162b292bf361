// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
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
    // Our own files first, read straight from their folders: looking the icon up in the icon theme
    // reads every theme's folders (9 ms here before the window could be made, issue 21).
    QIcon icon;
    const QDir hicolor(ownIcons + QStringLiteral("/hicolor"));
    for (const QString &size : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString file = hicolor.filePath(size + QStringLiteral("/apps/org.myelin.Myelin.") + suffix);
            if (QFileInfo::exists(file)) {
                icon.addFile(file);
            }
        }
    }
    if (icon.isNull()) {
        icon = QIcon::fromTheme(QStringLiteral("org.myelin.Myelin")); // installed elsewhere
    }
    if (!icon.isNull()) {
        QApplication::setWindowIcon(icon);
    }
}

} // namespace Myelin::Ui
