// SPDX-License-Identifier: GPL-3.0-or-later
// How a highlighted passage is shown in short: white space evened out, cut at a word with an
// ellipsis, in quotation marks.
#ifndef MYELIN_UI_NOTESTEXT_H
#define MYELIN_UI_NOTESTEXT_H

#include <QString>

namespace Myelin::Ui::NotesText {

// text on one line, at most about maxCharacters long, cut after a whole word with "…" when longer.
QString elided(const QString &text, int maxCharacters);
// text in the language's quotation marks.
QString quoted(const QString &text);

} // namespace Myelin::Ui::NotesText

#endif // MYELIN_UI_NOTESTEXT_H
