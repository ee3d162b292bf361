// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentcss.h"

#include <QFile>

namespace Myelin::Ui {

QString contentCss()
{
    QFile file(QStringLiteral(":/content/content.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace Myelin::Ui
