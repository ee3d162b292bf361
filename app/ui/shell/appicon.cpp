// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QtMath>

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
    // reads every theme's folders (9 ms here before the window could be made, issue 21). Pictures up
    // to 128 pixels: a window's icon is drawn from 16 (title bar) to 128 (window switchers); docks and
    // launchers take the desktop file's icon. Each picture is read and sent to the window system before
    // the window is first shown: the 256- and 512-pixel ones and the scalable one took 12 ms (issue 21).
    // Twice that on a screen of twice the pixel density.
    const int largestWindowIcon = 128 * qMax(1, qCeil(qApp->devicePixelRatio()));
    QIcon icon;
    const QDir hicolor(ownIcons + QStringLiteral("/hicolor"));
    for (const QString &size : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QStringList sides = size.split(QLatin1Char('x'));
        bool wide = false;
        const int side = sides.size() == 2 && sides.at(0) == sides.at(1) ? sides.at(0).toInt(&wide) : 0;
        const QString file = hicolor.filePath(size + QStringLiteral("/apps/org.myelin.Myelin.png"));
        if (wide && side > 0 && side <= largestWindowIcon && QFileInfo::exists(file)) {
            icon.addFile(file, QSize(side, side));
        }
    }
    const QString scalable = hicolor.filePath(QStringLiteral("scalable/apps/org.myelin.Myelin.svg"));
    if (icon.isNull() && QFileInfo::exists(scalable)) {
        icon.addFile(scalable); // only a drawing was installed
    }
    if (icon.isNull()) {
        icon = QIcon::fromTheme(QStringLiteral("org.myelin.Myelin")); // installed elsewhere
    }
    if (!icon.isNull()) {
        QApplication::setWindowIcon(icon);
    }
}

} // namespace Myelin::Ui
