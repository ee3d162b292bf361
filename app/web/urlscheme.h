// SPDX-License-Identifier: GPL-3.0-or-later
// Registers the reader's own scheme (core/contenturl) with Qt WebEngine.
#ifndef MYELIN_WEB_URLSCHEME_H
#define MYELIN_WEB_URLSCHEME_H

namespace Myelin::Web {

// Must run before QApplication is created.
void registerUrlScheme();

} // namespace Myelin::Web

#endif // MYELIN_WEB_URLSCHEME_H
