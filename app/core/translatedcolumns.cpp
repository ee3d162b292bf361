// SPDX-License-Identifier: GPL-3.0-or-later
#include "translatedcolumns.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>

namespace Myelin {

namespace {

TranslatedColumns columns(const QString &alias, const QString &language, const char *table, const char *key,
                          const char *title, const char *summary)
{
    if (!isLanguageCode(language)) {
        return {QString(), alias + QLatin1Char('.') + QLatin1String(title),
                alias + QLatin1Char('.') + QLatin1String(summary), QStringLiteral("''")};
    }
    const QString t = QStringLiteral("tr_") + alias;
    // The language is checked above (letters and one underscore): written in, not bound, so the pieces
    // fit into queries with their own bound values in any order.
    return {QStringLiteral(" LEFT JOIN %1 %2 ON %2.%3 = %4.id AND %2.language = '%5'")
                .arg(QLatin1String(table), t, QLatin1String(key), alias, language),
            QStringLiteral("COALESCE(%1.%3, %2.%3)").arg(t, alias, QLatin1String(title)),
            QStringLiteral("COALESCE(%1.%3, %2.%3)").arg(t, alias, QLatin1String(summary)),
            QStringLiteral("IFNULL(%1.language, '')").arg(t)};
}

} // namespace

bool isLanguageCode(const QString &language)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return language != QLatin1String("en") && pattern.match(language).hasMatch();
}

TranslatedColumns translatedArticleColumns(const QString &alias, const QString &language)
{
    return columns(alias, language, "article_translations", "article_id", "title", "summary");
}

TranslatedColumns translatedTermColumns(const QString &alias, const QString &language)
{
    return columns(alias, language, "glossary_translations", "glossary_id", "term", "definition");
}

TranslatedColumns translatedEventColumns(const QString &alias, const QString &language)
{
    return columns(alias, language, "timeline_translations", "timeline_id", "title", "text");
}

TranslatedColumns translatedQuoteColumns(const QString &alias, const QString &language)
{
    return columns(alias, language, "quote_translations", "quote_id", "text", "role");
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    return db.tables().contains(table);
}

bool hasTranslationTables(const QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    return tables.contains(QStringLiteral("article_translations")) &&
           tables.contains(QStringLiteral("glossary_translations"));
}

} // namespace Myelin
