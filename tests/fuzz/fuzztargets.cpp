// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "compiler/articleparser.h"
#include "compiler/htmlsanitizer.h"
#include "compiler/markdownrenderer.h"
#include "compiler/readability.h"
#include "compiler/svgchecker.h"
#include "core/schema.h"
#include "core/searchquery.h"
#include "export/handout.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <cstdlib>

namespace Myelin::Fuzz {

namespace {

void require(bool ok, const char *promise, const QString &detail = {})
{
    if (!ok) {
        std::fprintf(stderr, "fuzz target: broken promise: %s %s\n", promise, qUtf8Printable(detail));
        std::abort();
    }
}

// Something to link to, so the link checks run on both paths (known and unknown targets).
const Compiler::LinkTargets &linkTargets()
{
    static const Compiler::LinkTargets targets = [] {
        Compiler::LinkTargets result;
        result.articles = {QStringLiteral("home"), QStringLiteral("fatigue")};
        result.glossary.insert(QStringLiteral("ms"), QStringLiteral("Multiple sclerosis."));
        result.images.insert(QStringLiteral("pic"),
                             {QStringLiteral("A dot."), QStringLiteral("A caption."), QStringLiteral("Credit")});
        return result;
    }();
    return targets;
}

// A query on an empty search index with the reader's schema, in memory.
QSqlQuery &searchQuery()
{
    static QSqlDatabase db = [] {
        QSqlDatabase result = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        result.setDatabaseName(QStringLiteral(":memory:"));
        require(result.open(), "the in-memory database opens", result.lastError().text());
        for (const char *statement : Schema::CreateStatements) {
            const QString sql = QString::fromLatin1(statement);
            if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE search "))) {
                QSqlQuery query(result);
                require(query.exec(sql), "the search table is made", query.lastError().text());
            }
        }
        return result;
    }();
    static QSqlQuery query = [] {
        QSqlQuery result(db);
        require(result.prepare(QStringLiteral("SELECT count(*) FROM search WHERE search MATCH ?")),
                "the query prepares", result.lastError().text());
        return result;
    }();
    return query;
}

void requireValidMatch(const QString &expression)
{
    if (expression.isEmpty()) {
        return;
    }
    QSqlQuery &query = searchQuery();
    query.bindValue(0, expression);
    require(query.exec(), "the match expression is valid FTS5",
            expression + QLatin1Char(' ') + query.lastError().text());
    query.finish();
}

} // namespace

void article(const QByteArray &data)
{
    Compiler::Diagnostics diagnostics;
    const Compiler::Article parsed =
        Compiler::parseArticle(QStringLiteral("articles/fuzz.md"), QString::fromUtf8(data), diagnostics);
    if (parsed.hasBody) {
        const Compiler::RenderedMarkdown rendered = Compiler::renderMarkdown(parsed.body, linkTargets());
        Compiler::measureReadability(rendered.text);
    }
}

void html(const QByteArray &data)
{
    Compiler::sanitizeHtml(QString::fromUtf8(data), linkTargets());
}

void svg(const QByteArray &data)
{
    Compiler::checkSvg(data);
}

void search(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    for (const bool prefix : {true, false}) {
        const SearchQuery query = SearchQuery::parse(text, prefix);
        requireValidMatch(query.matchExpression());
        query.displayText();
        const int words = int(query.words().size());
        for (int i = 0; i <= words; ++i) {
            requireValidMatch(query.withWord(i, QStringLiteral("fatigue")).matchExpression());
        }
    }
}

void handout(const QByteArray &data)
{
    for (const bool allowNoArticles : {false, true}) {
        QString error;
        const auto read = Export::Handout::fromJson(data, &error, allowNoArticles);
        require(read || !error.isEmpty(), "a refused handout says why");
        if (read) {
            QString again;
            const auto reread = Export::Handout::fromJson(read->toJsonBytes(), &again, allowNoArticles);
            require(reread && *reread == *read, "a saved handout reads back the same", again);
        }
    }
}

} // namespace Myelin::Fuzz
