// SPDX-License-Identifier: GPL-3.0-or-later
// The search index of the translations (core/schema.h: search_translations, word_stems): each
// language's words stemmed with its own Snowball stemmer (libstemmer: "recaídas" and "recaída" both
// become "recaid"), accents then removed as for English. word_stems maps every word form of the text
// to its stem, so the reader finds the stem of what is typed without a stemmer of its own. Built
// without libstemmer, words are indexed as written (a search then needs the exact form).
#ifndef MYELIN_COMPILER_TRANSLATIONINDEX_H
#define MYELIN_COMPILER_TRANSLATIONINDEX_H

#include "contentmodel.h"

#include <QSqlDatabase>
#include <QString>

namespace Myelin::Compiler {

bool writeTranslationIndex(const Content &content, QSqlDatabase &db, QString *error);
// The Snowball algorithm for a language code ("es" -> "spanish", "pt_BR" -> "portuguese"); empty when
// there is none.
QString stemmerAlgorithm(const QString &language);
bool haveStemmer(); // built with libstemmer

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_TRANSLATIONINDEX_H
