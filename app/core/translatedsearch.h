// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the reader's language (issue 22): the translated articles and terms in the index
// myelin-build made with each language's Snowball stemmer (search_translations). What is typed is
// brought to the same stems through the content's own table of word forms (word_stems), so
// "recaída" finds "recaídas" without a stemmer in the reader; a form the content never uses takes the
// longest stem it begins with. Accents never matter ("recaida" = "recaída"). The language's synonyms
// (synonym_translations) widen a typed phrase to its group: "médico de familia" also finds "médico de
// cabecera".
#ifndef MYELIN_CORE_TRANSLATEDSEARCH_H
#define MYELIN_CORE_TRANSLATEDSEARCH_H

#include "searchengine.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Myelin {

class ContentDatabase;

class TranslatedSearch
{
public:
    explicit TranslatedSearch(const ContentDatabase &database);

    // "es", "pt_BR"; empty, English or a language the content has no translations in: inactive.
    void setLanguage(const QString &language);
    bool isActive() const { return !m_language.isEmpty(); }
    QString language() const { return m_language; }

    // The best hits for the query in this language, best first; *error on a database failure.
    QList<SearchHit> search(const SearchQuery &query, std::optional<SearchHit::Kind> kind, int limit,
                            QString *error) const;
    // Articles and terms translated into this language: their English hits are left out of results.
    bool isTranslated(const SearchHit &hit) const;
    // The FTS5 expression for the query (stems, quoted; the word being typed as a prefix); empty when
    // the query has no words. Public for tests.
    QString expression(const SearchQuery &query) const;
    QString stemOf(const QString &normalisedWord) const;

private:
    QString markStems(const QString &text, const QStringList &stems) const;

    const ContentDatabase &m_database;
    QString m_language;
    QSet<QString> m_translated;          // "article:slug", "term:id"
    QList<QStringList> m_synonyms;       // each group's phrases as stems ("medic famili")
    QHash<QString, int> m_groupOfPhrase; // a phrase's stems -> its group in m_synonyms
};

} // namespace Myelin

#endif // MYELIN_CORE_TRANSLATEDSEARCH_H
