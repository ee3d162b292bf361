// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef MYELIN_WEB_URLSCHEME_H
#define MYELIN_WEB_URLSCHEME_H

#include <QString>
#include <QUrl>

namespace Myelin::Web {

// Must run before QApplication is created.
void registerUrlScheme();

QUrl articleUrl(const QString &slug);
QUrl glossaryUrl(const QString &termSlug);
QUrl timelineUrl(const QString &topic = {});
QUrl quotesUrl();
bool isOwnScheme(const QUrl &url);

} // namespace Myelin::Web

#endif // MYELIN_WEB_URLSCHEME_H
