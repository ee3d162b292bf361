// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef MYELIN_UI_CONTENTCSS_H
#define MYELIN_UI_CONTENTCSS_H

#include <QString>

namespace Myelin::Ui {

// The article stylesheet (resources/content/content.css, built into myelin_web), for exports that
// inline it.
QString contentCss();

} // namespace Myelin::Ui

#endif // MYELIN_UI_CONTENTCSS_H
