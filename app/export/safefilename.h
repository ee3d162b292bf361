// SPDX-License-Identifier: GPL-3.0-or-later
// File names Myelin offers in save dialogs (an article's slug, a handout's title the user typed), made
// safe on every system the reader runs on. Windows is the strictest: no : / \ * ? " < > | or control
// characters, no trailing dot or space, and no device names such as CON or COM1, with or without an
// extension. A name that is already safe comes back unchanged.
#ifndef MYELIN_EXPORT_SAFEFILENAME_H
#define MYELIN_EXPORT_SAFEFILENAME_H

#include <QString>

namespace Myelin::Export {

// The longest base name offered, in characters: well inside every system's 255-byte limit, with room
// for the extension and for UTF-8 (up to four bytes a character).
inline constexpr int MaximumFileNameLength = 60;

// `name` as a base name (no extension) that every system accepts; `fallback` when nothing usable is
// left (it must itself be safe, e.g. "handout").
QString safeFileName(const QString &name, const QString &fallback);

// True for the names Windows keeps for devices (CON, PRN, AUX, NUL, COM1-9, LPT1-9), in any case,
// also with an extension ("con.txt") or trailing spaces and dots.
bool isReservedWindowsName(const QString &name);

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_SAFEFILENAME_H
