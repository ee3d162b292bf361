// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the bundled content database relative to the executable, so an installed or extracted
// package works in any prefix: <exe>/../share/myelin (Linux, and the build tree, which mirrors it),
// <bundle>/Contents/Resources (macOS), beside the executable (Windows).
#ifndef MYELIN_CORE_CONTENTLOCATOR_H
#define MYELIN_CORE_CONTENTLOCATOR_H

#include <QString>
#include <QStringList>

namespace Myelin {

inline constexpr const char *ContentFileName = "content.db";

// Candidate paths in the order they are tried, for an executable in applicationDir.
QStringList contentCandidates(const QString &applicationDir);
// The first candidate that exists, or the first candidate when none does (so the error names it).
QString locateContent(const QString &applicationDir);

} // namespace Myelin

#endif // MYELIN_CORE_CONTENTLOCATOR_H
