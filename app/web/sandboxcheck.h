// SPDX-License-Identifier: GPL-3.0-or-later
// Chromium's sandbox keeps web pages away from the rest of the computer, and Chromium refuses to
// start it for the root user: the program then stops with one cryptic log line. Myelin never turns
// the sandbox off itself, so for root it explains instead. QTWEBENGINE_DISABLE_SANDBOX=1, set by
// whoever runs it (the tests do, in containers), is their choice and is respected.
#ifndef MYELIN_WEB_SANDBOXCHECK_H
#define MYELIN_WEB_SANDBOXCHECK_H

#include <QString>

namespace Myelin::Web {

// Empty when pages can be shown; otherwise what to tell the user.
QString sandboxRefusal();

} // namespace Myelin::Web

#endif // MYELIN_WEB_SANDBOXCHECK_H
