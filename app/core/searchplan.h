// SPDX-License-Identifier: GPL-3.0-or-later
// How a typed query is searched: the words that carry meaning (question words such as "can I" and
// "is" are left out), each with the words readers use for the same thing (data/synonyms.yaml: "MP"
// also finds "representative"), the articles that should lead (an article whose listed question or
// synonym group matches) and the glossary term to show as a definition card. Loaded from the content
// database on first use; everything here is also what the headless core offers.
#ifndef MYELIN_CORE_SEARCHPLAN_H
#define MYELIN_CORE_SEARCHPLAN_H

#include "searchquery.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Myelin {

class ContentDatabase;

struct SearchPlan
{
    QString expression;          // FTS5: every slot must match, each slot by any of its words
    QString typedExpression;     // the same with only what was typed (empty when nothing was added)
    QString completedExpression; // the word being typed also as the written words it starts, or empty
    QString relaxedExpression;   // any slot may match (empty with one slot): used when nothing matches all
    QStringList slotExpressions; // each slot on its own, to count how many of them a row holds
    QStringList leadArticles;    // slugs, best first
    QString definitionTerm;      // glossary slug for the definition card, or empty
    QStringList addedWords;      // the synonyms added, for display
};

class SearchThesaurus
{
public:
    explicit SearchThesaurus(const ContentDatabase &database);

    SearchPlan plan(const SearchQuery &query);

private:
    struct Group
    {
        QList<QStringList> phrases; // normalised words
        QString article;
        QString term;
    };
    struct Question
    {
        QString article;
        QSet<QString> words; // content words, as canonical()
        QSet<QString> all;   // every word, question words included
    };
    struct Term
    {
        QString slug;
        QStringList words; // content words of its name, rough stems, in order
    };
    struct Slot
    {
        QList<QStringList> alternatives; // the typed words first
        bool prefix = false;
        int group = -1;
        bool stop = false;
    };

    // A word being typed also matches this many written words that start with it, from this length on.
    static constexpr int MaxCompletions = 3;
    static constexpr int MinCompletedPrefix = 4;
    QStringList completions(const QString &prefix) const;
    void load();
    QSet<QString> canonical(const QStringList &words, bool keepStopWords) const;
    QStringList canonicalList(const QStringList &words, bool keepStopWords) const;
    QList<Slot> slotsFor(const SearchQuery &query) const;
    QStringList questionLeads(const QSet<QString> &typed, const QSet<QString> &allTyped, bool asked) const;
    QString definitionFor(const QList<Slot> &found, const QSet<QString> &typed) const;

    const ContentDatabase &m_database;
    bool m_loaded = false;
    QList<Group> m_groups;
    QHash<QString, int> m_phraseGroup; // "member of parliament" -> group
    int m_longestPhrase = 1;
    QList<Question> m_questions;
    QList<Term> m_terms;
};

} // namespace Myelin

#endif // MYELIN_CORE_SEARCHPLAN_H
