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
    m_synonyms.clear();
    m_groupOfPhrase.clear();
    if (!isLanguageCode(language) || !hasTranslationTables(m_database.connection()) ||
        !hasTable(m_database.connection(), QStringLiteral("word_stems"))) {
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
    if (m_translated.isEmpty()) {
        return;
    }
    m_language = language;
    if (hasTable(m_database.connection(), QStringLiteral("synonym_translations"))) {
        query.prepare(QStringLiteral("SELECT group_id, stems FROM synonym_translations WHERE language = ? "
                                     "ORDER BY group_id, position"));
        query.addBindValue(language);
        if (query.exec()) {
            QHash<int, int> groups; // group_id -> index in m_synonyms
            while (query.next()) {
                const int id = query.value(0).toInt();
                const QString stems = query.value(1).toString();
                if (!groups.contains(id)) {
                    groups.insert(id, int(m_synonyms.size()));
                    m_synonyms.append(QStringList());
                }
                m_synonyms[groups.value(id)].append(stems);
                m_groupOfPhrase.insert(stems, groups.value(id));
            }
        }
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
    struct Part
    {
        QString stems;
        bool prefix = false;
    };
    QList<Part> parts;
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
        parts.append({stems.join(QLatin1Char(' ')), term.prefix});
    }
    // Words of a synonym group (synonyms.<language>.yaml) also find the group's other words: the longest
    // run of typed words that is one of its phrases becomes (typed OR other OR ...).
    QStringList out;
    for (qsizetype i = 0; i < parts.size();) {
        qsizetype matched = 0;
        int group = -1;
        for (qsizetype n = parts.size() - i; n >= 1 && group < 0; --n) {
            QStringList run;
            for (qsizetype k = i; k < i + n; ++k) {
                run.append(parts.at(k).stems);
            }
            group = m_groupOfPhrase.value(run.join(QLatin1Char(' ')), -1);
            matched = n;
        }
        if (group < 0) {
            out.append(quoted(parts.at(i).stems) + (parts.at(i).prefix ? QStringLiteral("*") : QString()));
            ++i;
            continue;
        }
        QStringList typed;
        for (qsizetype k = i; k < i + matched; ++k) {
            typed.append(parts.at(k).stems);
        }
        const QString typedPhrase = typed.join(QLatin1Char(' '));
        QStringList alternatives{quoted(typedPhrase) +
                                 (parts.at(i + matched - 1).prefix ? QStringLiteral("*") : QString())};
        for (const QString &phrase : m_synonyms.at(group)) {
            if (phrase != typedPhrase) {
                alternatives.append(quoted(phrase));
            }
        }
        out.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        i += matched;
    }
    // AND written out: FTS5 takes no implicit AND after a bracketed group.
    return out.join(QStringLiteral(" AND "));
}

QString TranslatedSearch::markStems(const QString &text, const QStringList &stems) const
{
    QString marked;
    qsizetype last = 0;
    for (auto it = SearchWords::wordPattern().globalMatch(text); it.hasNext();) {
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
    static const QRegularExpression token(QStringLiteral("[^\"*() ]+"));
    for (auto it = token.globalMatch(match); it.hasNext();) {
        const QString stem = it.next().captured(0);
        if (stem != QLatin1String("OR") && stem != QLatin1String("AND")) { // operators; stems are lower case
            stems.append(stem);
        }
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
