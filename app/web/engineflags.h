// SPDX-License-Identifier: GPL-3.0-or-later
// The flags Myelin gives Qt WebEngine's JavaScript engine (V8), set before QApplication through
// QTWEBENGINE_CHROMIUM_FLAGS, keeping every flag the user set there:
// - --expose-gc: the app's own script world may ask for a garbage collection once the reader has
//   moved on (web/idlecollector); content pages run no JavaScript and cannot call it.
// - --jitless: JavaScript is interpreted, never compiled to machine code at run time. Content pages
//   run none; the app's own few short scripts (reading position, find, notes) need no compiler. The
//   page process then reserves no code space (2.4 MB less with one article open, issue 21) and holds
//   no memory that is both writable and executable, which is what an attack on a JIT aims for.
// Chromium splits the value of --js-flags at commas: one --js-flags carries them all (a second would
// replace the first).
#ifndef MYELIN_WEB_ENGINEFLAGS_H
#define MYELIN_WEB_ENGINEFLAGS_H

#include <QByteArray>

namespace Myelin::Web::EngineFlags {

inline constexpr const char *Variable = "QTWEBENGINE_CHROMIUM_FLAGS";

// Call before QApplication.
void apply();

// The user's flags with Myelin's JavaScript flags put in: into the user's --js-flags, ahead of the
// user's own (so the user's still win), or as a --js-flags of their own. Applying twice changes nothing.
QByteArray merged(const QByteArray &userFlags);

} // namespace Myelin::Web::EngineFlags

#endif // MYELIN_WEB_ENGINEFLAGS_H
