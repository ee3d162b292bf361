// SPDX-License-Identifier: GPL-3.0-or-later
// Word counts and the Flesch-Kincaid grade level of plain English text.
#ifndef MYELIN_COMPILER_READABILITY_H
#define MYELIN_COMPILER_READABILITY_H

#include <QString>

namespace Myelin::Compiler {

struct Readability
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    // 0.39 * words/sentences + 11.8 * syllables/words - 15.59, rounded to one decimal, never below 0.
    double grade = 0.0;
};

// A sentence ends at '.', '!' or '?' followed by a space, or at a line break (each block of the
// text - heading, list item, paragraph - is on its own line). A word is a run of non-space
// characters with at least one letter or digit.
Readability measureReadability(const QString &text);

// Estimated syllables of one English word (at least 1).
int countSyllables(const QString &word);

// Collapses all whitespace to single spaces and trims.
QString normaliseWhitespace(const QString &text);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_READABILITY_H
