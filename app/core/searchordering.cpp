// SPDX-License-Identifier: GPL-3.0-or-later
// How the rows a search found are put in order before they are shown: articles named as the query,
// then the articles its question or synonym group is about, then rows with the typed words (not only
// their synonyms) in their title or summary, then rows holding more of the words; a glossary term
// shown as the definition card is left out, and a term or event never comes before every article.
#include "contentdatabase.h"
#include "searchengine.h"
#include "searchplan.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Myelin {

namespace {

// A title as words: lower case, punctuation gone ("CCSVI: the venous theory" -> "ccsvi the venous theory").
QString titleWords(const QString &text)
{
    QString words = text.toCaseFolded();
    for (QChar &c : words) {
        if (!c.isLetterOrNumber()) {
            c = QLatin1Char(' ');
        }
    }
    return words.simplified();
}

// An article named as what was typed is the page the reader is looking for: it leads, whatever bm25
// makes of the words in other rows. Best its address ("ccsvi"), then its whole title, then the part
// of its title before a colon ("CCSVI: general information").
int namedAs(SearchHit::Kind kind, const QString &ref, const QString &title, const QString &typed, bool prefix)
{
    if (kind != SearchHit::Kind::Article || typed.isEmpty()) {
        return 0;
    }
    // A one-word address being typed ("ccsv" for "ccsvi", not "ccsvi-glossary").
    if (prefix && typed.size() >= 3 && !titleWords(ref).contains(QLatin1Char(' ')) && ref.startsWith(typed) &&
        ref != typed) {
        return 1;
    }
    if (titleWords(ref) == typed) {
        return 3;
    }
    if (titleWords(title) == typed) {
        return 2;
    }
    return titleWords(title.section(QLatin1Char(':'), 0, 0)) == typed ? 1 : 0;
}

// Rows whose title or summary holds the typed words themselves count this much more than rows found
// by a synonym only.
constexpr double TypedBoost = 1.5;

QString idList(const QList<SearchEngine::Ranked> &rows)
{
    QStringList ids;
    for (const SearchEngine::Ranked &r : rows) {
        ids.append(QString::number(r.rowid));
    }
    return ids.join(QLatin1Char(','));
}

} // namespace

void SearchEngine::countMatchedSlots(QList<Ranked> &rows, const QStringList &parts) const
{
    if (rows.isEmpty() || parts.size() < 2) {
        return;
    }
    QHash<qint64, int> counts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT rowid FROM search WHERE search MATCH ? AND rowid IN (%1)").arg(idList(rows));
    for (const QString &part : parts) {
        query.prepare(sql);
        query.addBindValue(part);
        if (query.exec()) {
            while (query.next()) {
                ++counts[query.value(0).toLongLong()];
            }
        }
    }
    for (Ranked &r : rows) {
        r.matched = counts.value(r.rowid);
    }
}

SearchThesaurus &SearchEngine::thesaurus() const
{
    if (!m_thesaurus) {
        m_thesaurus = std::make_unique<SearchThesaurus>(m_database);
    }
    return *m_thesaurus;
}

std::optional<SearchEngine::Definition> SearchEngine::definition(const QString &slug) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT term, definition FROM glossary WHERE slug = ?"));
    query.addBindValue(slug);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return Definition{slug, query.value(0).toString(), query.value(1).toString()};
}

void SearchEngine::reorder(QList<Ranked> &rows, const SearchPlan &plan, const QString &text, Result &result) const
{
    if (rows.isEmpty()) {
        return;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // What each row is (one lookup by rowid each, in the small titles index).
    struct Row
    {
        Ranked ranked;
        int named = 0;
        int lead = 0; // position in the lead list + 1, or 0
        bool card = false;
        bool typed = false;
        bool article = false;
    };
    QHash<qint64, Row> info;
    for (const Ranked &r : rows) {
        info.insert(r.rowid, Row{r});
    }
    const QString typedText = titleWords(text);
    const bool typedPrefix = !result.query.terms().isEmpty() && result.query.terms().last().prefix;
    if (!query.exec(
            QStringLiteral("SELECT rowid, kind, ref, title FROM titles WHERE rowid IN (%1)").arg(idList(rows)))) {
        result.error = query.lastError().text();
        return;
    }
    while (query.next()) {
        Row &row = info[query.value(0).toLongLong()];
        const SearchHit::Kind kind = SearchHit::kindFromId(query.value(1).toString());
        const QString ref = query.value(2).toString();
        row.named = namedAs(kind, ref, query.value(3).toString(), typedText, typedPrefix);
        if (kind == SearchHit::Kind::Article) {
            row.lead = int(plan.leadArticles.indexOf(ref)) + 1;
            row.article = true;
        }
        row.card = kind == SearchHit::Kind::Term && result.definition && result.definition->slug == ref;
    }
    if (!plan.typedExpression.isEmpty()) {
        // In the small titles index (titles and summaries): the whole document list of a common
        // phrase in the text ("primary care doctor") would cost up to 40 ms at 50,000 articles.
        query.prepare(
            QStringLiteral("SELECT rowid FROM titles WHERE titles MATCH ? AND rowid IN (%1)").arg(idList(rows)));
        query.addBindValue(plan.typedExpression);
        if (query.exec()) {
            while (query.next()) {
                info[query.value(0).toLongLong()].typed = true;
            }
        }
    }
    QList<Row> ordered;
    for (const Ranked &r : rows) {
        Row row = info.value(r.rowid);
        if (row.card) {
            continue;
        }
        if (row.typed) {
            row.ranked.score *= TypedBoost;
        }
        ordered.append(row);
    }
    // Named articles, then lead articles, then by index tier and (boosted) score; ties keep bm25 order.
    std::stable_sort(ordered.begin(), ordered.end(), [](const Row &a, const Row &b) {
        if (a.named != b.named) {
            return a.named > b.named;
        }
        if ((a.lead > 0) != (b.lead > 0) || (a.lead > 0 && a.lead != b.lead)) {
            return a.lead > 0 && (b.lead == 0 || a.lead < b.lead);
        }
        if (a.ranked.matched != b.ranked.matched) {
            return a.ranked.matched > b.ranked.matched;
        }
        if (a.ranked.index != b.ranked.index) {
            return a.ranked.index == Ranked::Index::Titles;
        }
        return a.ranked.score > b.ranked.score;
    });
    // A glossary term or timeline event never takes the first article's place (the definition card
    // is where a term shows first).
    const auto firstArticle = std::find_if(ordered.begin(), ordered.end(), [](const Row &row) { return row.article; });
    if (firstArticle != ordered.end() && firstArticle != ordered.begin()) {
        std::rotate(ordered.begin(), firstArticle, firstArticle + 1);
    }
    rows.clear();
    for (const Row &row : ordered) {
        rows.append(row.ranked);
    }
}

// An article a synonym group or question names ("tired all the time" -> Fatigue) belongs in the list
// even when it does not hold the words typed: it is added (found by its title in the small index).
void SearchEngine::addLeadArticles(QList<Ranked> &rows, const QStringList &slugs, Result &result) const
{
    if (slugs.isEmpty()) {
        return;
    }
    QSet<qint64> present;
    for (const Ranked &r : rows) {
        present.insert(r.rowid);
    }
    QSqlQuery titleOf(m_database.connection());
    QSqlQuery rowOf(m_database.connection());
    titleOf.prepare(QStringLiteral("SELECT title FROM articles WHERE slug = ?"));
    rowOf.prepare(QStringLiteral("SELECT rowid FROM titles WHERE titles MATCH ? AND ref = ? AND kind = 'article'"));
    for (const QString &slug : slugs.mid(0, 3)) {
        titleOf.addBindValue(slug);
        if (!titleOf.exec() || !titleOf.next()) {
            continue;
        }
        const SearchQuery words = SearchQuery::parse(titleOf.value(0).toString(), false);
        if (words.isEmpty()) {
            continue;
        }
        rowOf.addBindValue(QStringLiteral("{title} : (%1)").arg(words.matchExpression()));
        rowOf.addBindValue(slug);
        if (!rowOf.exec()) {
            result.error = rowOf.lastError().text();
            return;
        }
        if (rowOf.next() && !present.contains(rowOf.value(0).toLongLong())) {
            rows.append(Ranked{rowOf.value(0).toLongLong(), 0.0, Ranked::Index::Lead});
            present.insert(rows.last().rowid);
        }
    }
}

bool SearchEngine::readLeadHits(const QList<Ranked> &shown, QHash<qint64, SearchHit> &found, Result &result) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind, ref, title, summary FROM titles WHERE rowid = ?"));
    for (const Ranked &r : shown) {
        if (r.index != Ranked::Index::Lead) {
            continue;
        }
        query.addBindValue(r.rowid);
        if (!query.exec()) {
            result.error = query.lastError().text();
            return false;
        }
        if (query.next()) {
            SearchHit hit = hitFromRow(query, 0);
            hit.markedTitle = hit.title;
            hit.snippet = query.value(3).toString();
            found.insert(r.rowid, hit);
        }
    }
    return true;
}

} // namespace Myelin
