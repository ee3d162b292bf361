// SPDX-License-Identifier: GPL-3.0-or-later
// Translations beside the English content (data/README.md, "Translations"): articles/<language>/<slug>.md,
// glossary.<language>.yaml, timeline.<language>.yaml and quotes.<language>.yaml. Read here; checked
// against the English in translationcheck.cpp.
#ifndef MYELIN_COMPILER_TRANSLATIONPARSER_H
#define MYELIN_COMPILER_TRANSLATIONPARSER_H

#include "contentmodel.h"
#include "diagnostics.h"

#include <QString>

namespace Myelin::Compiler {

// "es", "fr", "pt_BR": a folder or file-name part that names a language (never "en": English is the original).
bool isTranslationLanguage(const QString &code);
// ("glossary.es.yaml", "glossary") -> "es"; empty when the name is not a translation of base.yaml.
QString translatedFileLanguage(const QString &fileName, const char *base);

ArticleTranslation parseArticleTranslation(const QString &relativePath, const QString &language, const QString &text,
                                           Diagnostics &diagnostics);
GlossaryTranslation parseGlossaryTranslation(const QString &relativePath, const QString &language, const QString &text,
                                             Diagnostics &diagnostics);
TimelineTranslation parseTimelineTranslation(const QString &relativePath, const QString &language, const QString &text,
                                             Diagnostics &diagnostics);
QuoteTranslation parseQuoteTranslation(const QString &relativePath, const QString &language, const QString &text,
                                       Diagnostics &diagnostics);
SynonymTranslation parseSynonymTranslation(const QString &relativePath, const QString &language, const QString &text,
                                           Diagnostics &diagnostics);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_TRANSLATIONPARSER_H
