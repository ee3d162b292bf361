// SPDX-License-Identifier: GPL-3.0-or-later
// What article bodies may link to: known articles, glossary terms and images.
#ifndef MYELIN_COMPILER_LINKTARGETS_H
#define MYELIN_COMPILER_LINKTARGETS_H

#include <QMap>
#include <QSet>
#include <QString>

namespace Myelin::Compiler {

struct ImageInfo
{
    QString alt;
    QString caption;
    QString credit;
};

struct LinkTargets
{
    QSet<QString> articles;          // slugs
    QMap<QString, QString> glossary; // term id -> definition (plain text)
    QMap<QString, ImageInfo> images; // image name -> texts for the figure
};

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_LINKTARGETS_H
