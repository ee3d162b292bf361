// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling.h"

#include "contentdatabase.h"
#include "core/logging.h"

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

const QChar MarkStart(0x2);
const QChar MarkEnd(0x3);

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

SpellingSuggester::Vocabulary SpellingSuggester::readVocabulary(const QString &databasePath)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("myelin-vocabulary-%1").arg(counter.fetchAndAddRelaxed(1));
    Vocabulary vocabulary;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        // The compiler wrote the search index's terms and their document counts into a table.
        if (!db.open() || !query.exec(QStringLiteral("SELECT term, documents FROM vocabulary"))) {
            MYELIN_WARNING(lcSpelling) << "cannot read the search vocabulary:" << query.lastError().text();
        } else {
            while (query.next()) {
                const QString term = query.value(0).toString();
                if (term.size() < MinWordLength || !term.front().isLetter()) {
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
    m_loading = std::async(std::launch::async, &SpellingSuggester::readVocabulary, m_database.path());
}

bool SpellingSuggester::loadVocabulary()
{
    if (m_vocabulary.loaded || m_failed) {
        return m_vocabulary.loaded;
    }
    m_vocabulary = m_loading.valid() ? m_loading.get() : readVocabulary(m_database.path());
    m_failed = !m_vocabulary.loaded;
    return m_vocabulary.loaded;
}

bool SpellingSuggester::prepareStemmer()
{
    if (m_stemmerReady) {
        return true;
    }
    QSqlQuery query(m_database.connection());
    // The same tokenizer as the index (see schema.h), so words stem exactly as they were indexed.
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_stemmer USING fts5(word, "
                                   "tokenize = 'porter unicode61 remove_diacritics 2')")) ||
        !query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_stemmer_vocab "
                                   "USING fts5vocab(temp, search_stemmer, instance)"))) {
        MYELIN_WARNING(lcSpelling) << "cannot create the stemmer table:" << query.lastError().text();
        return false;
    }
    m_stemmerReady = true;
    return true;
}

QStringList SpellingSuggester::stems(const QStringList &words)
{
    QStringList result(words.size());
    if (words.isEmpty() || !prepareStemmer()) {
        return result;
    }
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("DELETE FROM temp.search_stemmer"));
    query.prepare(QStringLiteral("INSERT INTO temp.search_stemmer(rowid, word) VALUES(?, ?)"));
    for (qsizetype i = 0; i < words.size(); ++i) {
        query.addBindValue(qint64(i + 1));
        query.addBindValue(words.at(i));
        query.exec();
    }
    if (query.exec(QStringLiteral("SELECT doc, term FROM temp.search_stemmer_vocab ORDER BY doc, offset"))) {
        while (query.next()) {
            const qsizetype index = query.value(0).toLongLong() - 1;
            if (index >= 0 && index < result.size() && result.at(index).isEmpty()) {
                result[index] = query.value(1).toString();
            }
        }
    }
    query.exec(QStringLiteral("DELETE FROM temp.search_stemmer"));
    return result;
}

bool SpellingSuggester::hasPrefix(const QString &stemPrefix) const
{
    const auto &terms = m_vocabulary.terms;
    const auto it = std::lower_bound(terms.begin(), terms.end(), stemPrefix);
    return it != terms.end() && it->startsWith(stemPrefix);
}

SpellingSuggester::Candidate SpellingSuggester::bestCandidate(const QString &stem) const
{
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
        if (best.stem.isEmpty() || score < best.score) {
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

QString SpellingSuggester::surfaceForm(const QString &stem) const
{
    // A word from the indexed text whose stem is this one: the first match the index highlights
    // (in index order: ranking every document that holds a common word would cost far more).
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT snippet(search, -1, ?, ?, '', 6) FROM search WHERE search MATCH ? LIMIT 3"));
    for (const QString &expression :
         {QLatin1Char('"') + stem + QLatin1Char('"'), QLatin1Char('"') + stem + QStringLiteral("\"*")}) {
        query.addBindValue(QString(MarkStart));
        query.addBindValue(QString(MarkEnd));
        query.addBindValue(expression);
        if (!query.exec()) {
            continue;
        }
        while (query.next()) {
            const QString snippet = query.value(0).toString();
            const qsizetype start = snippet.indexOf(MarkStart);
            const qsizetype end = snippet.indexOf(MarkEnd, start + 1);
            if (start >= 0 && end > start + 1) {
                QString word = snippet.mid(start + 1, end - start - 1);
                // Keep short all-capital words (MS, CCSVI); lower-case the rest.
                if (!(word.size() <= 6 && word == word.toUpper())) {
                    word = word.toLower();
                }
                return word;
            }
        }
    }
    return {};
}

QString SpellingSuggester::suggest(const SearchQuery &query, int hitCount)
{
    const QStringList words = query.words();
    if (words.isEmpty() || !loadVocabulary()) {
        return {};
    }
    const QStringList wordStems = stems(words);
    // Which word is the one still being typed (matched as a prefix)?
    const bool lastIsPrefix = !query.terms().isEmpty() && query.terms().last().prefix;

    SearchQuery corrected = query;
    bool changed = false;
    for (int i = 0; i < words.size(); ++i) {
        const QString &stem = wordStems.at(i);
        if (stem.size() < MinWordLength || !stem.front().isLetter()) {
            continue;
        }
        const int documents = documentsWith(stem);
        if (lastIsPrefix && i == words.size() - 1 && documents == 0 && hasPrefix(stem)) {
            continue; // an unfinished word that will still match something
        }
        if (documents > 0 && (hitCount > 2 || documents > 2)) {
            continue; // a real word, and the query is not starved of results
        }
        const Candidate candidate = bestCandidate(stem);
        if (candidate.stem.isEmpty()) {
            continue;
        }
        if (documents > 0 && candidate.documents < 10 * documents) {
            continue; // a rare but real word: only replace it by a much more common one
        }
        const QString word = surfaceForm(candidate.stem);
        if (word.isEmpty()) {
            continue;
        }
        corrected = corrected.withWord(i, word);
        changed = true;
    }
    if (!changed) {
        return {};
    }
    // Only offer what will find something when searched.
    const SearchQuery check = SearchQuery::parse(corrected.displayText(), false);
    QSqlQuery probe(m_database.connection());
    probe.prepare(QStringLiteral("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1"));
    probe.addBindValue(check.matchExpression());
    if (!probe.exec() || !probe.next()) {
        return {};
    }
    return corrected.displayText();
}

} // namespace Myelin
