// SPDX-License-Identifier: GPL-3.0-or-later
// Text of one direction shown inside an interface of the other: an English title in the Arabic window
// keeps its punctuation where English puts it ("What is MS?", not "?What is MS") when it is wrapped in
// Unicode directional isolates. Only for display: names read by screen readers stay plain.
#ifndef MYELIN_CORE_BIDI_H
#define MYELIN_CORE_BIDI_H

#include <QString>

namespace Myelin::Bidi {

// text unchanged when its direction is the interface's (Translations::interfaceIsRightToLeft());
// else between a left-to-right (or right-to-left) isolate and its end (U+2066/U+2067 ... U+2069).
QString isolated(const QString &text);

} // namespace Myelin::Bidi

#endif // MYELIN_CORE_BIDI_H
