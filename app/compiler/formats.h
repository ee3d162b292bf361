// SPDX-License-Identifier: GPL-3.0-or-later
// Checks for the formats used in the sources: slugs, dates and source URLs; and heading ids.
#ifndef MYELIN_COMPILER_FORMATS_H
#define MYELIN_COMPILER_FORMATS_H

#include <QString>

namespace Myelin::Compiler {

// Lower-case ASCII letters and digits in groups joined by single hyphens: "ccsvi-trial-results".
bool isValidSlug(const QString &text);

// A real calendar date written YYYY-MM-DD.
bool isValidDay(const QString &text);

// A real YYYY, YYYY-MM or YYYY-MM-DD date.
bool isValidPartialDate(const QString &text);

// An absolute http:// or https:// URL with a host and no spaces.
bool isHttpUrl(const QString &text);

// A stable id for a heading: "Side effects & risks" -> "side-effects-risks". Never empty.
QString slugify(const QString &text);

// The words of a list joined with ", " for messages: "a, b, c".
QString joinedList(const char *const *items, int count);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_FORMATS_H
