// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that an SVG file is a plain picture: no scripts, no embedded HTML, no event handlers and no
// links or resources outside the file itself.
#ifndef MYELIN_COMPILER_SVGCHECKER_H
#define MYELIN_COMPILER_SVGCHECKER_H

#include "diagnostics.h"

#include <QByteArray>
#include <QList>

namespace Myelin::Compiler {

// Every problem found, with the 1-based line in the SVG file (severity is always Error).
QList<Issue> checkSvg(const QByteArray &data);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_SVGCHECKER_H
