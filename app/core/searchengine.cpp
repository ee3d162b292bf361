// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "contentdatabase.h"
#include "searchplan.h"
#include "spelling.h"
#include "translatedsearch.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Myelin {

namespace {

// bm25 weights for the columns title, summary (and body in the search index; kind and ref are not
// indexed).
constexpr const char *TitleWeights = "10.0, 5.0";
constexpr const char *AllWeights = "10.0, 5.0, 1.0";
// Articles are what most searches are for: they rank a little above a glossary term or an event
// that matches as well (bm25 favours their short titles, and they have no summary to dilute them:
// "vitamin d" must find the article "Vitamin D and sunlight" before the term "Vitamin D").
constexpr double ArticleWeight = 1.25;
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

} // namespace

SearchHit SearchEngine::hitFromRow(const QSqlQuery &row, int first)
{
    SearchHit hit;
    hit.kind = SearchHit::kindFromId(row.value(first).toString());
    hit.ref = row.value(first + 1).toString();
    hit.title = row.value(first + 2).toString();
    return hit;
}

SearchHit::Kind SearchHit::kindFromId(const QString &id)
{
    if (id == QLatin1String("term")) {
        return SearchHit::Kind::Term;
    }
    if (id == QLatin1String("event")) {
        return SearchHit::Kind::Event;
    }
    return SearchHit::Kind::Article;
}

namespace {

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

namespace {

// Collects ranked rowids from one index after another, each row once, up to a count.
class Ranker
{
public:
    Ranker(const QSqlDatabase &db, const QString &filter, const QString &kindWeight, int count, int maxRanked,
           SearchEngine::Result &result)
        : m_query(db), m_filter(filter), m_kindWeight(kindWeight), m_count(count), m_maxRanked(maxRanked),
          m_result(result)
    {
        m_query.setForwardOnly(true);
    }

    bool full() const { return m_rows.size() >= m_count; }
    bool failed() const { return !m_result.error.isEmpty(); }
    QList<SearchEngine::Ranked> rows() const { return m_rows; }

    // Matching rows, counted up to maxRanked + 1 (cheap even for a word in every document); -1 on error.
    qint64 matches(const QString &table, const QString &expression)
    {
        if (!run(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ?%2 LIMIT ?)")
                     .arg(table, m_filter),
                 {expression, m_maxRanked + 1}) ||
            !m_query.next()) {
            return -1;
        }
        return m_query.value(0).toLongLong();
    }

    // Ranks the matches by bm25. bm25 reads each phrase's whole document list once per statement
    // (for its IDF): one statement ranks all candidates.
    void rank(const QString &table, const char *weights, const QString &expression, const QString &extra,
              SearchEngine::Ranked::Index index)
    {
        if (!run(QStringLiteral("SELECT rowid, bm25(%1, %2) * %3 AS weighted FROM %1 WHERE %1 MATCH ?%4%5 "
                                "ORDER BY weighted LIMIT ?")
                     .arg(table, QLatin1String(weights), m_kindWeight, m_filter, extra),
                 {expression, m_count + m_seen.size()})) {
            return;
        }
        while (m_query.next() && !full()) {
            add(m_query.value(0).toLongLong(), -m_query.value(1).toDouble(), index);
        }
    }

    // Adds further matches, unranked, in index order.
    void fill(const QString &table, const QString &expression, SearchEngine::Ranked::Index index)
    {
        if (!run(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?%2 LIMIT ?").arg(table, m_filter),
                 {expression, m_count + m_seen.size()})) {
            return;
        }
        while (m_query.next() && !full()) {
            add(m_query.value(0).toLongLong(), 0.0, index);
        }
    }

    // The rowid of the nth match (1-based) in index order, or -1.
    qint64 nthMatch(const QString &table, const QString &expression, int n)
    {
        return run(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?%2 ORDER BY rowid LIMIT 1 OFFSET ?")
                       .arg(table, m_filter),
                   {expression, n - 1}) &&
                       m_query.next()
                   ? m_query.value(0).toLongLong()
                   : -1;
    }

private:
    bool run(const QString &sql, const QVariantList &values)
    {
        if (!m_query.prepare(sql)) {
            m_result.error = m_query.lastError().text();
            return false;
        }
        for (const QVariant &value : values) {
            m_query.addBindValue(value);
        }
        if (!m_query.exec()) {
            m_result.error = m_query.lastError().text();
            return false;
        }
        return true;
    }

    void add(qint64 rowid, double score, SearchEngine::Ranked::Index index)
    {
        if (!m_seen.contains(rowid)) {
            m_seen.insert(rowid);
            m_rows.append({rowid, score, index});
        }
    }

    QSqlQuery m_query;
    const QString m_filter;
    const QString m_kindWeight;
    const int m_count;
    const int m_maxRanked;
    SearchEngine::Result &m_result;
    QList<SearchEngine::Ranked> m_rows;
    QSet<qint64> m_seen;
};

} // namespace

QList<SearchEngine::Ranked> SearchEngine::rankedRowids(const QString &expression, const QString &filter, int count,
                                                       int maxRanked, Result &result) const
{
    using Index = Ranked::Index;
    const QString titles = QStringLiteral("titles");
    const QString everything = QStringLiteral("search");
    Ranker ranker(m_database.connection(), filter, kindWeight(), count, maxRanked, result);

    // A collection no bigger than what may be ranked (the bundled one has 150 rows) is ranked in one
    // go by bm25 over title, summary and text: an article about veins that says "vein" forty times
    // comes before a glossary term with "vein" in its name.
    const Layout &l = layout();
    if (l.articles + l.terms + l.events <= maxRanked) {
        ranker.rank(everything, AllWeights, expression, {}, Index::Everything);
        return ranker.failed() ? QList<Ranked>() : ranker.rows();
    }

    // 1. Matches in the title or summary come first, ranked in the small titles index: cheap even
    //    when a word is in the text of every document.
    const qint64 inTitles = ranker.matches(titles, expression);
    if (inTitles < 0) {
        return {};
    }
    if (inTitles > 0 && inTitles <= maxRanked) {
        ranker.rank(titles, TitleWeights, expression, {}, Index::Titles);
    } else if (inTitles > maxRanked) {
        // Too many to rank at typing speed: rank the title matches (or the first maxRanked of
        // them), then add summary matches unranked.
        result.partial = true;
        const QString titleOnly = QStringLiteral("{title} : (%1)").arg(expression);
        const qint64 n = ranker.matches(titles, titleOnly);
        if (n > 0 && n <= maxRanked) {
            ranker.rank(titles, TitleWeights, titleOnly, {}, Index::Titles);
        } else if (n > maxRanked) {
            const qint64 last = ranker.nthMatch(titles, titleOnly, maxRanked);
            if (last > 0) {
                ranker.rank(titles, TitleWeights, titleOnly, QStringLiteral(" AND rowid <= %1").arg(last),
                            Index::Titles);
            }
        }
        if (!ranker.full() && !ranker.failed()) {
            ranker.fill(titles, expression, Index::Titles);
        }
    }
    // 2. Then matches in the text (or with the words split between title and text), ranked with
    //    every column weighted, or in index order when there are too many to rank.
    if (!ranker.full() && !ranker.failed()) {
        // Every title or summary match is also a match here: no need to count again when those
        // alone were too many.
        const qint64 all = inTitles > maxRanked ? inTitles : ranker.matches(everything, expression);
        if (all > 0 && all <= maxRanked) {
            ranker.rank(everything, AllWeights, expression, {}, Index::Everything);
        } else if (all > maxRanked) {
            result.partial = true;
            ranker.fill(everything, expression, Index::Everything);
        }
    }
    return ranker.failed() ? QList<Ranked>() : ranker.rows();
}

namespace {

// Rows ranked beyond the limit, so that a lead article or a typed-word match can still move up.
constexpr int ReorderWindow = 24;
// When no row holds every word: this many rows with any of them are ranked, then ordered by how many.
constexpr int RelaxedWindow = 100;

} // namespace

void SearchEngine::setLanguage(const QString &language)
{
    m_language = language;
    if (m_spelling) {
        m_spelling->setLanguage(language);
    }
    m_translated.reset();
    auto translated = std::make_unique<TranslatedSearch>(m_database);
    translated->setLanguage(language);
    if (translated->isActive()) {
        m_translated = std::move(translated);
    }
}

SearchEngine::Result SearchEngine::search(const QString &text, const Options &options) const
{
    Result result = searchOriginal(text, options);
    if (m_translated && result.error.isEmpty() && !result.query.isEmpty() && options.limit > 0) {
        addTranslatedHits(text, options, result);
    }
    return result;
}

void SearchEngine::addTranslatedHits(const QString &text, const Options &options, Result &result) const
{
    QString error;
    const QList<SearchHit> ours =
        m_translated->search(SearchQuery::parse(text, options.asYouType), options.kind, options.limit + 1, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return;
    }
    QList<SearchHit> merged = ours;
    for (const SearchHit &hit : std::as_const(result.hits)) {
        if (!m_translated->isTranslated(hit)) { // its translation was searched instead
            merged.append(hit);
        }
    }
    result.hasMore = result.hasMore || merged.size() > options.limit;
    result.hits = merged.mid(0, options.limit);
    result.relaxed = result.relaxed && ours.isEmpty();
    if (result.definition) { // the card in the reader's language where the term is translated
        for (const SearchHit &hit : ours) {
            if (hit.kind == SearchHit::Kind::Term && hit.ref == result.definition->slug) {
                result.definition->term = hit.title;
                result.definition->definition = toPlain(hit.snippet);
            }
        }
    }
}

SearchEngine::Result SearchEngine::searchOriginal(const QString &text, const Options &options) const
{
    Result result;
    result.query = SearchQuery::parse(text, options.asYouType);
    if (result.query.isEmpty() || options.limit <= 0) {
        return result;
    }
    const SearchPlan plan = thesaurus().plan(result.query);
    if (plan.expression.isEmpty()) {
        return result;
    }
    result.addedWords = plan.addedWords;
    const QString filter = options.kind ? kindFilter(*options.kind) : QString();
    // First the order (rowids only: cheap), then the highlighted title and snippet of just the rows
    // shown, each found again by its rowid.
    const int window = options.limit + 1 + ReorderWindow;
    QString expression = plan.expression;
    QList<Ranked> rowids = rankedRowids(expression, filter, window, qMax(1, options.maxRanked), result);
    if (rowids.isEmpty() && result.error.isEmpty() && !plan.completedExpression.isEmpty()) {
        expression = plan.completedExpression;
        rowids = rankedRowids(expression, filter, window, qMax(1, options.maxRanked), result);
    }
    if (rowids.isEmpty() && result.error.isEmpty() && !plan.relaxedExpression.isEmpty()) {
        expression = plan.relaxedExpression;
        result.relaxed = true;
        // Rows holding more of the words come first: rank a wider set, then count.
        rowids = rankedRowids(expression, filter, RelaxedWindow, qMax(1, options.maxRanked), result);
        countMatchedSlots(rowids, plan.slotExpressions);
    }
    if (!result.error.isEmpty()) {
        return result;
    }
    // The card belongs to the all-kinds list; a list of one kind shows every match of that kind.
    if (!plan.definitionTerm.isEmpty() && !options.kind) {
        result.definition = definition(plan.definitionTerm);
    }
    if (!options.kind || *options.kind == SearchHit::Kind::Article) {
        addLeadArticles(rowids, plan.leadArticles, result);
    }
    reorder(rowids, plan, text, result);
    if (!result.error.isEmpty()) {
        return result;
    }
    result.hasMore = rowids.size() > options.limit;
    const QList<Ranked> shown = rowids.mid(0, options.limit);
    QHash<qint64, SearchHit> found;
    if (!readTitleHits(expression, shown, found, result) || !readTextHits(expression, shown, found, result) ||
        !readLeadHits(shown, found, result)) {
        return result;
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

bool SearchEngine::readTitleHits(const QString &expression, const QList<Ranked> &shown, QHash<qint64, SearchHit> &found,
                                 Result &result) const
{
    // The titles index is small, so each row is a cheap lookup even for a prefix. A row without a
    // summary (a glossary term, an event) shows the part of its text where the words are, or its
    // start when they are only in the title.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    bool prepared = false;
    for (const Ranked &r : shown) {
        if (r.index != Ranked::Index::Titles) {
            continue;
        }
        if (!prepared &&
            !(prepared = query.prepare(QStringLiteral(
                  "SELECT kind, ref, title, highlight(titles, 0, :a, :b), highlight(titles, 1, :a, :b), "
                  "CASE kind WHEN 'event' THEN (SELECT year FROM timeline WHERE id = CAST(titles.ref AS INTEGER)) "
                  "END, CASE summary WHEN '' THEN (SELECT snippet(search, 2, :a, :b, :e, :n) FROM search "
                  "WHERE search MATCH :q AND search.rowid = titles.rowid) END "
                  "FROM titles WHERE titles MATCH :q AND rowid = :id")))) {
            result.error = query.lastError().text();
            return false;
        }
        query.bindValue(QStringLiteral(":a"), QString(QChar(MatchStart)));
        query.bindValue(QStringLiteral(":b"), QString(QChar(MatchEnd)));
        query.bindValue(QStringLiteral(":e"), QStringLiteral("\u2026"));
        query.bindValue(QStringLiteral(":n"), SnippetTokens);
        query.bindValue(QStringLiteral(":q"), expression);
        query.bindValue(QStringLiteral(":id"), r.rowid);
        if (!query.exec()) {
            result.error = query.lastError().text();
            return false;
        }
        if (query.next()) {
            SearchHit hit = hitFromRow(query, 0);
            hit.markedTitle = query.value(3).toString();
            hit.snippet = query.value(4).toString();
            if (hit.snippet.isEmpty()) {
                hit.snippet = query.value(6).toString();
            }
            hit.year = query.value(5).toInt();
            found.insert(r.rowid, hit);
        }
    }
    return true;
}

bool SearchEngine::readTextHits(const QString &expression, const QList<Ranked> &shown, QHash<qint64, SearchHit> &found,
                                Result &result) const
{
    QList<Ranked> rows;
    for (const Ranked &r : shown) {
        if (r.index == Ranked::Index::Everything) {
            rows.append(r);
        }
    }
    if (rows.isEmpty()) {
        return true;
    }
    // A word is looked up row by row (a seek in its document list). A prefix would merge the
    // document lists of all its words on every lookup, so rows with a prefix come in one statement
    // over their rowid range ("+rowid IN" only filters; it makes no lookup per value).
    const bool onePass = rows.size() > 1 && std::any_of(result.query.terms().cbegin(), result.query.terms().cend(),
                                                        [](const SearchQuery::Term &term) { return term.prefix; });
    QStringList ids;
    for (const Ranked &r : rows) {
        ids.append(QString::number(r.rowid));
    }
    const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend(),
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
        return false;
    }
    for (qsizetype i = 0; i < (onePass ? 1 : rows.size()); ++i) {
        query.bindValue(QStringLiteral(":a"), QString(QChar(MatchStart)));
        query.bindValue(QStringLiteral(":b"), QString(QChar(MatchEnd)));
        query.bindValue(QStringLiteral(":e"), QStringLiteral("\u2026"));
        query.bindValue(QStringLiteral(":n"), SnippetTokens);
        query.bindValue(QStringLiteral(":q"), expression);
        if (!onePass) {
            query.bindValue(QStringLiteral(":id"), rows.at(i).rowid);
        }
        if (!query.exec()) {
            result.error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            SearchHit hit = hitFromRow(query, 1);
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
    return true;
}

SpellingSuggester &SearchEngine::spelling()
{
    if (!m_spelling) {
        m_spelling = std::make_unique<SpellingSuggester>(m_database);
        m_spelling->setLanguage(m_language);
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
    // Never suggest what was typed, and only what will find something when searched.
    if (suggestion.isEmpty() || suggestion.compare(query.displayText(), Qt::CaseInsensitive) == 0) {
        return {};
    }
    Options probe;
    probe.limit = 1;
    probe.asYouType = false;
    return search(suggestion, probe).hits.isEmpty() ? QString() : suggestion;
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
