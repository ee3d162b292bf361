// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcheck.h"

#include <QCoreApplication>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace Myelin::Web {

// Linux only: Chromium's Linux sandbox refuses to start for root, and Myelin never turns it off. On
// Windows an administrator's Chromium still runs sandboxed (the sandbox lowers the token itself), and
// on macOS the Seatbelt sandbox works for any user, so there is nothing to refuse there.
QString sandboxRefusal()
{
#ifdef Q_OS_LINUX
    if (geteuid() == 0 && qEnvironmentVariable("QTWEBENGINE_DISABLE_SANDBOX") != QLatin1String("1")) {
        return QCoreApplication::translate(
            "Myelin::Web", "Myelin cannot run as the administrator (root): the part that shows the articles "
                           "refuses to, to keep the computer safe. Start Myelin as your usual user.");
    }
#endif
    return {};
}

} // namespace Myelin::Web
