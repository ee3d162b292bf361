// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "contentdatabase.h"
#include "spelling.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Myelin {

namespace {

// bm25 weights for the columns title, summary, body (kind and ref are not indexed).
constexpr const char *RankFunction = "bm25(10.0, 5.0, 1.0)";
// Articles are what most searches are for: they rank a little above a glossary term or an event
// that matches as well (bm25 favours those short texts).
constexpr double ArticleWeight = 1.1;
// Tokens around the match in a snippet.
constexpr int SnippetTokens = 14;

QString kindId(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Term:
        return QStringLiteral("term");
    case SearchHit::Kind::Event:
        return QStringLiteral("event");
    case SearchHit::Kind::Article:
        break;
    }
    return QStringLiteral("article");
}

SearchHit::Kind kindFrom(const QString &id)
{
    if (id == QLatin1String("term")) {
        return SearchHit::Kind::Term;
    }
    if (id == QLatin1String("event")) {
        return SearchHit::Kind::Event;
    }
    return SearchHit::Kind::Article;
}

bool hasMatch(const QString &marked)
{
    return marked.contains(QChar(SearchEngine::MatchStart));
}

} // namespace

QString SearchHit::kindId() const
{
    return Myelin::kindId(kind);
}

SearchEngine::SearchEngine(const ContentDatabase &database) : m_database(database) {}

SearchEngine::~SearchEngine() = default;

const SearchEngine::Layout &SearchEngine::layout() const
{
    if (m_layout) {
        return *m_layout;
    }
    Layout layout;
    QSqlQuery query(m_database.connection());
    auto count = [&query](const char *table) -> qint64 {
        return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    };
    layout.articles = count("articles");
    layout.terms = count("glossary");
    layout.events = count("timeline");
    auto kindAt = [&query](qint64 rowid) -> QString {
        query.prepare(QStringLiteral("SELECT kind FROM search WHERE rowid = ?"));
        query.addBindValue(rowid);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };
    const qint64 a = layout.articles;
    const qint64 t = a + layout.terms;
    const qint64 e = t + layout.events;
    layout.known =
        a >= 0 && layout.terms >= 0 && layout.events >= 0 && kindAt(e + 1).isEmpty() &&
        (a == 0 || (kindAt(1) == QLatin1String("article") && kindAt(a) == QLatin1String("article"))) &&
        (layout.terms == 0 || (kindAt(a + 1) == QLatin1String("term") && kindAt(t) == QLatin1String("term"))) &&
        (layout.events == 0 || (kindAt(t + 1) == QLatin1String("event") && kindAt(e) == QLatin1String("event")));
    m_layout = layout;
    return *m_layout;
}

QString SearchEngine::kindWeight() const
{
    // Reading the kind column would load every matching row's text; the rowid costs nothing.
    return layout().known ? QStringLiteral("(CASE WHEN rowid <= %1 THEN %2 ELSE 1.0 END)")
                                .arg(layout().articles)
                                .arg(ArticleWeight)
                          : QStringLiteral("(CASE kind WHEN 'article' THEN %1 ELSE 1.0 END)").arg(ArticleWeight);
}

QString SearchEngine::kindFilter(SearchHit::Kind kind) const
{
    const Layout &l = layout();
    if (!l.known) {
        return QStringLiteral(" AND kind = '%1'").arg(kindId(kind));
    }
    qint64 first = 1;
    qint64 last = l.articles;
    if (kind == SearchHit::Kind::Term) {
        first = l.articles + 1;
        last = l.articles + l.terms;
    } else if (kind == SearchHit::Kind::Event) {
        first = l.articles + l.terms + 1;
        last = l.articles + l.terms + l.events;
    }
    return QStringLiteral(" AND rowid BETWEEN %1 AND %2").arg(first).arg(last);
}

QList<SearchEngine::Ranked> SearchEngine::rankedRowids(const QString &expression, const QString &filter, int count,
                                                       Result &result) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!query.prepare(sql)) {
            result.error = query.lastError().text();
            return false;
        }
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            result.error = query.lastError().text();
            return false;
        }
        return true;
    };
    auto matches = [&](const QString &expr, qint64 cap) -> qint64 {
        // Counting stops at cap: cheap even for a word in every document.
        if (!run(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ?%1 LIMIT ?)")
                     .arg(filter),
                 {expr, cap}) ||
            !query.next()) {
            return -1;
        }
        return query.value(0).toLongLong();
    };
    auto ranked = [&](const QString &expr, const QString &extra, QList<Ranked> &rowids) {
        // bm25 reads each phrase's whole document list once per statement (for its IDF): one
        // statement ranks all candidates, and the rows shown later do not ask for the rank again.
        if (!run(QStringLiteral("SELECT rowid, rank * %3 AS weighted FROM search WHERE search MATCH ? "
                                "AND rank MATCH ?%1%2 ORDER BY weighted LIMIT ?")
                     .arg(filter, extra, kindWeight()),
                 {expr, QLatin1String(RankFunction), count})) {
            return false;
        }
        while (query.next()) {
            rowids.append({query.value(0).toLongLong(), -query.value(1).toDouble()});
        }
        return true;
    };

    QList<Ranked> rowids;
    const qint64 total = matches(expression, MaxRanked + 1);
    if (total <= 0) {
        return rowids;
    }
    if (total <= MaxRanked) {
        ranked(expression, {}, rowids);
        return rowids;
    }
    // Too many to rank at typing speed: rank the title-and-summary matches (they carry most of the
    // weight), or only the title matches, or the first MaxRanked title matches.
    result.partial = true;
    const QString tiers[] = {QStringLiteral("{title summary} : (%1)").arg(expression),
                             QStringLiteral("{title} : (%1)").arg(expression)};
    bool done = false;
    for (const QString &tier : tiers) {
        const qint64 n = matches(tier, MaxRanked + 1);
        if (n < 0) {
            return rowids;
        }
        if (n <= MaxRanked) {
            done = n == 0 || ranked(tier, {}, rowids);
            break;
        }
    }
    if (!done && rowids.isEmpty()) {
        const QString &tier = tiers[1];
        if (run(QStringLiteral("SELECT rowid FROM search WHERE search MATCH ?%1 ORDER BY rowid LIMIT 1 OFFSET ?")
                    .arg(filter),
                {tier, MaxRanked - 1}) &&
            query.next()) {
            const qint64 last = query.value(0).toLongLong();
            ranked(tier, QStringLiteral(" AND rowid <= %1").arg(last), rowids);
        }
    }
    // Fill up with further matches, unranked, in index order.
    if (rowids.size() < count &&
        run(QStringLiteral("SELECT rowid FROM search WHERE search MATCH ?%1 LIMIT ?").arg(filter),
            {expression, count + rowids.size()})) {
        while (query.next() && rowids.size() < count) {
            const qint64 rowid = query.value(0).toLongLong();
            if (std::none_of(rowids.cbegin(), rowids.cend(), [rowid](const Ranked &r) { return r.rowid == rowid; })) {
                rowids.append({rowid, 0.0});
            }
        }
    }
    return rowids;
}

SearchEngine::Result SearchEngine::search(const QString &text, const Options &options) const
{
    Result result;
    result.query = SearchQuery::parse(text, options.asYouType);
    if (result.query.isEmpty() || options.limit <= 0) {
        return result;
    }
    const QString expression = result.query.matchExpression();
    const QString filter = options.kind ? kindFilter(*options.kind) : QString();
    // First the order (rowids only: cheap), then the highlighted title and snippet of just the rows
    // shown, each found again by its rowid.
    const QList<Ranked> rowids = rankedRowids(expression, filter, options.limit + 1, result);
    if (!result.error.isEmpty()) {
        return result;
    }
    result.hasMore = result.hasMore || rowids.size() > options.limit;

    const QList<Ranked> shown = rowids.mid(0, options.limit);
    if (shown.isEmpty()) {
        return result;
    }
    // The highlighted title and snippet of the rows shown. A word is looked up row by row (a seek
    // in its document list). A prefix would merge the document lists of all its words on every
    // lookup, so rows with a prefix come in one statement over their rowid range ("+rowid IN" only
    // filters; it makes no lookup per value).
    const bool onePass = std::any_of(result.query.terms().cbegin(), result.query.terms().cend(),
                                     [](const SearchQuery::Term &term) { return term.prefix; });
    QStringList ids;
    for (const Ranked &r : shown) {
        ids.append(QString::number(r.rowid));
    }
    const auto [low, high] = std::minmax_element(shown.cbegin(), shown.cend(),
                                                 [](const Ranked &x, const Ranked &y) { return x.rowid < y.rowid; });
    const QString where = onePass ? QStringLiteral("rowid BETWEEN %1 AND %2 AND +rowid IN (%3)")
                                        .arg(low->rowid)
                                        .arg(high->rowid)
                                        .arg(ids.join(QLatin1Char(',')))
                                  : QStringLiteral("rowid = :id");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT rowid, kind, ref, title, highlight(search, 0, :a, :b), "
                                      "highlight(search, 1, :a, :b), snippet(search, 2, :a, :b, :e, :n), summary, "
                                      "CASE kind WHEN 'event' THEN (SELECT year FROM timeline "
                                      "WHERE id = CAST(search.ref AS INTEGER)) END "
                                      "FROM search WHERE search MATCH :q AND %1")
                           .arg(where))) {
        result.error = query.lastError().text();
        return result;
    }
    QHash<qint64, SearchHit> found;
    for (qsizetype i = 0; i < (onePass ? 1 : shown.size()); ++i) {
        query.bindValue(QStringLiteral(":a"), QString(QChar(MatchStart)));
        query.bindValue(QStringLiteral(":b"), QString(QChar(MatchEnd)));
        query.bindValue(QStringLiteral(":e"), QStringLiteral("\u2026"));
        query.bindValue(QStringLiteral(":n"), SnippetTokens);
        query.bindValue(QStringLiteral(":q"), expression);
        if (!onePass) {
            query.bindValue(QStringLiteral(":id"), shown.at(i).rowid);
        }
        if (!query.exec()) {
            result.error = query.lastError().text();
            return result;
        }
        while (query.next()) {
            SearchHit hit;
            hit.kind = kindFrom(query.value(1).toString());
            hit.ref = query.value(2).toString();
            hit.title = query.value(3).toString();
            hit.markedTitle = query.value(4).toString();
            const QString markedSummary = query.value(5).toString(); // summaries are one or two sentences
            const QString bodySnippet = query.value(6).toString();
            const QString summary = query.value(7).toString();
            // The snippet shows where the words were found; a title-only hit shows the summary.
            if (hasMatch(markedSummary) || (!hasMatch(bodySnippet) && !summary.isEmpty())) {
                hit.snippet = markedSummary;
            } else {
                hit.snippet = bodySnippet;
            }
            hit.year = query.value(8).toInt();
            found.insert(query.value(0).toLongLong(), hit);
        }
    }
    for (const Ranked &r : shown) { // in rank order
        const auto it = found.constFind(r.rowid);
        if (it != found.constEnd()) {
            result.hits.append(*it);
            result.hits.last().score = r.score;
        }
    }
    return result;
}

SpellingSuggester &SearchEngine::spelling()
{
    if (!m_spelling) {
        m_spelling = std::make_unique<SpellingSuggester>(m_database);
    }
    return *m_spelling;
}

QString SearchEngine::suggest(const QString &text, int hitCount)
{
    const SearchQuery query = SearchQuery::parse(text, true);
    if (query.isEmpty()) {
        return {};
    }
    const QString suggestion = spelling().suggest(query, hitCount);
    // Never suggest what was typed.
    if (suggestion.compare(query.displayText(), Qt::CaseInsensitive) == 0) {
        return {};
    }
    return suggestion;
}

QString SearchEngine::toHtml(const QString &marked)
{
    QString html;
    html.reserve(marked.size() + 32);
    bool open = false;
    for (const QChar c : marked) {
        switch (c.unicode()) {
        case MatchStart:
            if (!open) {
                html += QStringLiteral("<b>");
                open = true;
            }
            break;
        case MatchEnd:
            if (open) {
                html += QStringLiteral("</b>");
                open = false;
            }
            break;
        case '<':
            html += QStringLiteral("&lt;");
            break;
        case '>':
            html += QStringLiteral("&gt;");
            break;
        case '&':
            html += QStringLiteral("&amp;");
            break;
        case '"':
            html += QStringLiteral("&quot;");
            break;
        case '\'':
            html += QStringLiteral("&#39;");
            break;
        default:
            if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
                html += c;
            }
        }
    }
    if (open) {
        html += QStringLiteral("</b>");
    }
    return html;
}

QString SearchEngine::toPlain(const QString &marked)
{
    QString plain = marked;
    plain.remove(QChar(MatchStart));
    plain.remove(QChar(MatchEnd));
    return plain;
}

QString SearchEngine::kindLabel(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Term:
        return tr("Glossary");
    case SearchHit::Kind::Event:
        return tr("Timeline");
    case SearchHit::Kind::Article:
        break;
    }
    return tr("Article");
}

} // namespace Myelin
