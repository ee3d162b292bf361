// SPDX-License-Identifier: GPL-3.0-or-later
// SQL pieces that show an article's or a term's translated words where the content has them
// (article_translations, glossary_translations: core/schema.h), and the English elsewhere: for the
// tree, the breadcrumb, related items and the glossary, in the reader's language.
#ifndef MYELIN_CORE_TRANSLATEDCOLUMNS_H
#define MYELIN_CORE_TRANSLATEDCOLUMNS_H

#include <QString>

class QSqlDatabase;

namespace Myelin {

struct TranslatedColumns
{
    QString join;     // " LEFT JOIN ..." after the table (empty for English)
    QString title;    // an expression: the translated title (or term), else the English
    QString summary;  // the same for the summary (or definition)
    QString language; // the translation's language where there is one, else '' (an expression)
};

// For articles under alias (e.g. "a"), in language ("es"; empty, "en" or a malformed code: English).
TranslatedColumns translatedArticleColumns(const QString &alias, const QString &language);
// For glossary terms under alias (e.g. "g").
TranslatedColumns translatedTermColumns(const QString &alias, const QString &language);
// For timeline events under alias (e.g. "t"): title and text.
TranslatedColumns translatedEventColumns(const QString &alias, const QString &language);
// For quotes under alias (e.g. "q"): text (as title) and role (as summary).
TranslatedColumns translatedQuoteColumns(const QString &alias, const QString &language);
// Whether the database has the translation tables (content built before them has not).
bool hasTranslationTables(const QSqlDatabase &db);
// Whether the database has this table (timeline_translations and quote_translations came later).
bool hasTable(const QSqlDatabase &db, const QString &table);
// "es", "pt_BR": a code safe to write into SQL (and the folder names myelin-build accepts).
bool isLanguageCode(const QString &language);

} // namespace Myelin

#endif // MYELIN_CORE_TRANSLATEDCOLUMNS_H
