// SPDX-License-Identifier: GPL-3.0-or-later
#include "notestext.h"

#include <QCoreApplication>

namespace Myelin::Ui::NotesText {

QString elided(const QString &text, int maxCharacters)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxCharacters) {
        return simple;
    }
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), maxCharacters);
    if (cut < maxCharacters / 2) {
        cut = maxCharacters; // one very long word: cut it
    }
    QString out = simple.left(cut);
    while (!out.isEmpty() && !out.back().isLetterOrNumber()) {
        out.chop(1);
    }
    return out + QChar(0x2026);
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("Myelin::Ui::NotesText", "\u201c%1\u201d").arg(text);
}

} // namespace Myelin::Ui::NotesText
