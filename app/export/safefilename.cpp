// SPDX-License-Identifier: GPL-3.0-or-later
#include "safefilename.h"

#include <QStringList>

namespace Myelin::Export {

namespace {

bool forbidden(QChar c)
{
    static const QString reserved = QStringLiteral(":/\\*?\"<>|");
    return c.unicode() < 0x20 || c.unicode() == 0x7f || reserved.contains(c) || c.category() == QChar::Other_Format;
}

} // namespace

bool isReservedWindowsName(const QString &name)
{
    // Windows looks at the part before the first dot, ignoring trailing spaces.
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList devices = {QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
                                        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (devices.contains(stem)) {
        return true;
    }
    if (stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        // COM1-9 and LPT1-9, and the superscript digits Windows also reserves (COM¹ ...)
        const QChar digit = stem.at(3);
        return (digit >= QLatin1Char('1') && digit <= QLatin1Char('9')) || digit == QChar(0x00b9) ||
               digit == QChar(0x00b2) || digit == QChar(0x00b3);
    }
    return false;
}

QString safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    safe.reserve(name.size());
    bool gap = false; // a run of replaced characters or spaces becomes one space
    for (const QChar c : name) {
        if (forbidden(c) || c.isSpace()) {
            gap = !safe.isEmpty();
            continue;
        }
        if (gap) {
            safe += QLatin1Char(' ');
            gap = false;
        }
        safe += c;
    }
    if (safe.size() > MaximumFileNameLength) {
        safe.truncate(MaximumFileNameLength);
        if (safe.at(safe.size() - 1).isHighSurrogate()) {
            safe.chop(1); // never half a character
        }
    }
    // No leading dot (a hidden file on Linux and macOS), no trailing dot or space (Windows drops them).
    while (!safe.isEmpty() && (safe.front() == QLatin1Char('.') || safe.front().isSpace())) {
        safe.remove(0, 1);
    }
    while (!safe.isEmpty() && (safe.back() == QLatin1Char('.') || safe.back().isSpace())) {
        safe.chop(1);
    }
    if (safe.isEmpty()) {
        return fallback;
    }
    if (isReservedWindowsName(safe)) {
        safe.prepend(QLatin1Char('_'));
    }
    return safe;
}

} // namespace Myelin::Export
