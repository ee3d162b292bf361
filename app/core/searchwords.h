// SPDX-License-Identifier: GPL-3.0-or-later
// Words as search compares them: lower case without accents ("Guillain-Barré" -> "guillain", "barre"),
// and the small words of a question ("can", "i", "with") that say nothing about what is sought.
#ifndef MYELIN_CORE_SEARCHWORDS_H
#define MYELIN_CORE_SEARCHWORDS_H

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Myelin::SearchWords {

// Lower case, accents removed, apostrophes and what follows them dropped ("uhthoff's" -> "uhthoff").
QString normalise(const QString &word);

// A run of letters and digits: a word as the translations' index and its search cut text into words.
const QRegularExpression &wordPattern();

// The words of a text (a title, a question, a synonym), normalised.
QStringList split(const QString &text);

// Question and function words: "is", "can", "my", "what", "the"...
bool isStopWord(const QString &normalisedWord);

// A word that asks: "is", "can", "does", "how", "what"...
bool isQuestionWord(const QString &normalisedWord);

// The words that carry meaning; all of them when every word is a stop word ("what is it").
QStringList contentWords(const QStringList &normalisedWords);

// A word and its plural or simple inflection compare equal ("children"/"child" do not; "veins"/"vein" do).
QString roughStem(const QString &normalisedWord);

} // namespace Myelin::SearchWords

#endif // MYELIN_CORE_SEARCHWORDS_H
