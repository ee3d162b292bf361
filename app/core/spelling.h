// SPDX-License-Identifier: GPL-3.0-or-later
// "Did you mean ...?" from the words of the content as they are written (titles, headings, text,
// glossary terms, synonyms: the compiler's `vocabulary` table, lower case without accents). Each typed
// word that is not one of them is compared with them by Damerau-Levenshtein distance
// (length-normalised, weighted by how many documents hold the word): "liberaton" -> "liberation".
#ifndef MYELIN_CORE_SPELLING_H
#define MYELIN_CORE_SPELLING_H

#include "searchquery.h"

#include <QHash>
#include <QString>
#include <future>
#include <vector>

namespace Myelin {

class ContentDatabase;

class SpellingSuggester
{
public:
    explicit SpellingSuggester(const ContentDatabase &database);

    // The query with misspelt words replaced (as a person would type it), or empty when every word
    // is known or nothing close enough exists. hitCount: how many results the query found; a word
    // that is in the index but rare is only corrected when the query found little.
    QString suggest(const SearchQuery &query, int hitCount);

    // Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or
    // limit + 1 as soon as it must exceed limit.
    static int distance(const QString &a, const QString &b, int limit);

    // Starts reading the vocabulary in the background (its own read-only connection), so that the
    // first suggestion does not wait for it. Reading it scans the whole index: about 1 s for 50,000
    // articles, 20 ms for the bundled content.
    void preload();

    // The reader's language ("es"): its own words (vocabulary_translations) count as well as the English.
    // Takes effect at the next suggestion (the vocabulary is read again).
    void setLanguage(const QString &language);

    // For tests and the benchmark.
    bool vocabularyLoaded() const { return m_vocabulary.loaded; }
    int vocabularySize() const { return int(m_vocabulary.terms.size()); }

private:
    struct Candidate
    {
        QString word;
        int documents = 0;
        double score = 0;
    };

    struct Vocabulary
    {
        bool loaded = false;
        std::vector<QString> terms; // sorted, for prefix look-ups
        QHash<QString, int> documents;
        QHash<QChar, std::vector<int>> byFirstLetter; // indexes into terms
    };
    static Vocabulary readVocabulary(const QString &databasePath, const QString &language);

    bool loadVocabulary();
    int documentsWith(const QString &word) const { return m_vocabulary.documents.value(word, 0); }
    bool hasPrefix(const QString &prefix) const;
    Candidate bestCandidate(const QString &word) const;

    const ContentDatabase &m_database;
    Vocabulary m_vocabulary;
    std::future<Vocabulary> m_loading;
    bool m_failed = false;
    QString m_language;
};

} // namespace Myelin

#endif // MYELIN_CORE_SPELLING_H
