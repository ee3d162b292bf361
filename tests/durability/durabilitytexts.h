// SPDX-License-Identifier: GPL-3.0-or-later
// The words userdata_writer saves for item n, so the test can check every saved item word for word
// without the writer telling it the text (the stores trim what they save: no space at either end). Some are long enough
// to need overflow pages; all have letters outside ASCII.
#ifndef MYELIN_TESTS_DURABILITYTEXTS_H
#define MYELIN_TESTS_DURABILITYTEXTS_H

#include <QString>

namespace Myelin::Durability {

inline QString filler(quint64 n)
{
    return QString(int((n * 37) % 9) * 600, QChar(u'a' + int(n % 26)));
}

inline QString bookmarkTitle(quint64 n)
{
    return QStringLiteral("Bookmark %1 – «ünïcödé» ").arg(n) + filler(n).left(200) + QStringLiteral(" end");
}

inline QString highlightNote(quint64 n)
{
    return QStringLiteral("Note %1: ask about naps.\nSecond line – é ").arg(n) + filler(n) + QStringLiteral(" end");
}

inline QString editedNote(quint64 n)
{
    return QStringLiteral("Edited %1: changed my mind ").arg(n) + filler(n + 3) + QStringLiteral(" end");
}

inline QString questionText(quint64 n)
{
    return QStringLiteral("Question %1 for my neurologist? ").arg(n) + filler(n + 1).left(1500) +
           QStringLiteral(" end");
}

} // namespace Myelin::Durability

#endif // MYELIN_TESTS_DURABILITYTEXTS_H
