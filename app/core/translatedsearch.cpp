// SPDX-License-Identifier: GPL-3.0-or-later
#include "translatedsearch.h"

#include "contentdatabase.h"
#include "searchwords.h"
#include "translatedcolumns.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Myelin {

namespace {

QString quoted(const QString &token)
{
    return QLatin1Char('"') + QString(token).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

TranslatedSearch::TranslatedSearch(const ContentDatabase &database) : m_database(database) {}

void TranslatedSearch::setLanguage(const QString &language)
{
    m_language.clear();
    m_translated.clear();
    if (!isLanguageCode(language) || !m_database.connection().tables().contains(QStringLiteral("word_stems"))) {
        return;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind, ref FROM search_translations WHERE language = ?"));
    query.addBindValue(language);
    if (!query.exec()) {
        return;
    }
    while (query.next()) {
        m_translated.insert(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString());
    }
    if (!m_translated.isEmpty()) {
        m_language = language;
    }
}

bool TranslatedSearch::isTranslated(const SearchHit &hit) const
{
    return m_translated.contains(hit.kindId() + QLatin1Char(':') + hit.ref);
}

QString TranslatedSearch::stemOf(const QString &normalisedWord) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT stem FROM word_stems WHERE language = ? AND word = ?"));
    query.addBindValue(m_language);
    query.addBindValue(normalisedWord);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    // A form the text never uses ("recaída" where it says "recaídas"): the longest stem it begins with,
    // at least four letters, so that a short stem does not swallow unrelated words.
    query.prepare(QStringLiteral("SELECT stem FROM word_stems WHERE language = ? AND length(stem) >= 4 AND "
                                 "substr(?, 1, length(stem)) = stem ORDER BY length(stem) DESC LIMIT 1"));
    query.addBindValue(m_language);
    query.addBindValue(normalisedWord);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return normalisedWord;
}

QString TranslatedSearch::expression(const SearchQuery &query) const
{
    QStringList parts;
    for (const SearchQuery::Term &term : query.terms()) {
        QStringList stems;
        for (const QString &word : term.words) {
            const QString normalised = SearchWords::normalise(word);
            if (!normalised.isEmpty()) {
                // The word being typed too: its stem when it is already a word (then as a prefix, "recaída"
                // finds "recaídas"), else the letters typed so far ("reca" finds "recaid").
                stems.append(stemOf(normalised));
            }
        }
        if (stems.isEmpty()) {
            continue;
        }
        QString part = quoted(stems.join(QLatin1Char(' ')));
        if (term.prefix) {
            part += QLatin1Char('*');
        }
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString TranslatedSearch::markStems(const QString &text, const QStringList &stems) const
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QString marked;
    qsizetype last = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString normalised = SearchWords::normalise(match.captured(0));
        bool hit = false;
        for (const QString &stem : stems) {
            hit = hit || (!stem.isEmpty() && normalised.startsWith(stem));
        }
        if (hit) {
            marked += text.mid(last, match.capturedStart() - last) + QChar(SearchEngine::MatchStart) +
                      match.captured(0) + QChar(SearchEngine::MatchEnd);
            last = match.capturedEnd();
        }
    }
    return marked + text.mid(last);
}

QList<SearchHit> TranslatedSearch::search(const SearchQuery &query, std::optional<SearchHit::Kind> kind, int limit,
                                          QString *error) const
{
    QList<SearchHit> hits;
    const QString match = expression(query);
    if (!isActive() || match.isEmpty() || limit <= 0) {
        return hits;
    }
    QStringList stems;
    static const QRegularExpression token(QStringLiteral("[^\" *]+"));
    for (auto it = token.globalMatch(match); it.hasNext();) {
        stems.append(it.next().captured(0));
    }
    QSqlQuery rows(m_database.connection());
    rows.prepare(QStringLiteral("SELECT kind, ref, shown_title, shown_summary FROM search_translations "
                                "WHERE search_translations MATCH ? AND language = ?%1 "
                                "ORDER BY bm25(search_translations, 10.0, 5.0, 1.0) LIMIT ?")
                     .arg(kind ? QStringLiteral(" AND kind = ?") : QString()));
    rows.addBindValue(match);
    rows.addBindValue(m_language);
    if (kind) {
        SearchHit probe;
        probe.kind = *kind;
        rows.addBindValue(probe.kindId());
    }
    rows.addBindValue(limit);
    if (!rows.exec()) {
        *error = rows.lastError().text();
        return hits;
    }
    while (rows.next()) {
        SearchHit hit;
        hit.kind = SearchHit::kindFromId(rows.value(0).toString());
        hit.ref = rows.value(1).toString();
        hit.title = rows.value(2).toString();
        hit.markedTitle = markStems(hit.title, stems);
        hit.snippet = markStems(rows.value(3).toString(), stems);
        hits.append(hit);
    }
    return hits;
}

} // namespace Myelin
