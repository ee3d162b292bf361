// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling.h"

#include "contentdatabase.h"
#include "core/logging.h"
#include "searchwords.h"
#include "translatedcolumns.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSpelling, "myelin.core.spelling")

namespace Myelin {

namespace {

// Stems shorter than this are never corrected (too many near neighbours to guess well).
constexpr int MinWordLength = 3;

int maxDistanceFor(qsizetype length)
{
    return length <= 4 ? 1 : (length <= 8 ? 2 : 3);
}

} // namespace

SpellingSuggester::SpellingSuggester(const ContentDatabase &database) : m_database(database) {}

int SpellingSuggester::distance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    // Three rows of the optimal-string-alignment matrix.
    std::vector<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1)) {
                value = std::min(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

SpellingSuggester::Vocabulary SpellingSuggester::readVocabulary(const QString &databasePath, const QString &language)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("myelin-vocabulary-%1").arg(counter.fetchAndAddRelaxed(1));
    Vocabulary vocabulary;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const bool opened = db.open();
        QSqlQuery query(db);
        // The compiler wrote the search index's terms and their document counts into a table, and in
        // the reader's language its translations' words (content built before them has none).
        const bool translated =
            opened && !language.isEmpty() && db.tables().contains(QStringLiteral("vocabulary_translations"));
        query.prepare(translated ? QStringLiteral("SELECT term, documents FROM vocabulary UNION ALL SELECT term, "
                                                  "documents FROM vocabulary_translations WHERE language = ?")
                                 : QStringLiteral("SELECT term, documents FROM vocabulary"));
        if (translated) {
            query.addBindValue(language);
        }
        if (!opened || !query.exec()) {
            MYELIN_WARNING(lcSpelling) << "cannot read the search vocabulary:" << query.lastError().text();
        } else {
            while (query.next()) {
                const QString term = query.value(0).toString();
                if (term.size() < MinWordLength || !term.front().isLetter()) {
                    continue;
                }
                auto known = vocabulary.documents.find(term);
                if (known != vocabulary.documents.end()) { // in both languages ("sclerose", "ms")
                    *known += query.value(1).toInt();
                    continue;
                }
                vocabulary.documents.insert(term, query.value(1).toInt());
                vocabulary.terms.push_back(term);
            }
            std::sort(vocabulary.terms.begin(), vocabulary.terms.end());
            for (int i = 0; i < int(vocabulary.terms.size()); ++i) {
                vocabulary.byFirstLetter[vocabulary.terms[i].front()].push_back(i);
            }
            vocabulary.loaded = true;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return vocabulary;
}

void SpellingSuggester::preload()
{
    if (m_vocabulary.loaded || m_failed || m_loading.valid()) {
        return;
    }
    m_loading = std::async(std::launch::async, &SpellingSuggester::readVocabulary, m_database.path(), m_language);
}

void SpellingSuggester::setLanguage(const QString &language)
{
    const QString wanted = isLanguageCode(language) ? language : QString();
    if (wanted == m_language) {
        return;
    }
    if (m_loading.valid()) {
        m_loading.wait(); // a read of the other language's words: finished, then dropped
        m_loading = {};
    }
    m_language = wanted;
    m_vocabulary = Vocabulary();
    m_failed = false;
}

bool SpellingSuggester::loadVocabulary()
{
    if (m_vocabulary.loaded || m_failed) {
        return m_vocabulary.loaded;
    }
    m_vocabulary = m_loading.valid() ? m_loading.get() : readVocabulary(m_database.path(), m_language);
    m_failed = !m_vocabulary.loaded;
    return m_vocabulary.loaded;
}

bool SpellingSuggester::hasPrefix(const QString &prefix) const
{
    const auto &terms = m_vocabulary.terms;
    const auto it = std::lower_bound(terms.begin(), terms.end(), prefix);
    return it != terms.end() && it->startsWith(prefix);
}

SpellingSuggester::Candidate SpellingSuggester::bestCandidate(const QString &stem) const
{
    // stem: the typed word, normalised.
    Candidate best;
    const int limit = maxDistanceFor(stem.size());
    auto consider = [&](int index, bool needsSwap) {
        const QString &term = m_vocabulary.terms[index];
        if (term == stem || std::abs(term.size() - stem.size()) > limit) {
            return;
        }
        if (needsSwap && (term.size() < 2 || term.at(1) != stem.at(0))) {
            return;
        }
        const int d = distance(stem, term, limit);
        if (d > limit) {
            return;
        }
        const int documents = documentsWith(term);
        // Length-normalised distance, with a small preference for stems many documents share.
        const double score =
            double(d) / double(std::max(stem.size(), term.size())) - 0.02 * std::log(1.0 + double(documents));
        if (best.word.isEmpty() || score < best.score) {
            best = {term, documents, score};
        }
    };
    // Most typos keep the first letter; the rest swap the first two letters.
    for (int index : m_vocabulary.byFirstLetter.value(stem.front())) {
        consider(index, false);
    }
    if (stem.size() > 1 && stem.at(1) != stem.at(0)) {
        for (int index : m_vocabulary.byFirstLetter.value(stem.at(1))) {
            consider(index, true);
        }
    }
    return best;
}

QString SpellingSuggester::suggest(const SearchQuery &query, int hitCount)
{
    const QStringList words = query.words();
    if (words.isEmpty() || !loadVocabulary()) {
        return {};
    }
    // Which word is the one still being typed (matched as a prefix)?
    const bool lastIsPrefix = !query.terms().isEmpty() && query.terms().last().prefix;

    SearchQuery corrected = query;
    bool changed = false;
    for (int i = 0; i < words.size(); ++i) {
        const QString word = SearchWords::normalise(words.at(i));
        if (word.size() < MinWordLength || !word.front().isLetter() || SearchWords::isStopWord(word)) {
            continue;
        }
        const int documents = documentsWith(word);
        if (lastIsPrefix && i == words.size() - 1 && documents == 0 && hasPrefix(word)) {
            continue; // an unfinished word that will still match something
        }
        if (documents > 0 && (hitCount > 2 || documents > 2)) {
            continue; // a real word, and the query is not starved of results
        }
        const Candidate candidate = bestCandidate(word);
        if (candidate.word.isEmpty()) {
            continue;
        }
        if (documents > 0 && candidate.documents < 10 * documents) {
            continue; // a rare but real word: only replace it by a much more common one
        }
        corrected = corrected.withWord(i, candidate.word);
        changed = true;
    }
    return changed ? corrected.displayText() : QString();
}

} // namespace Myelin
