// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchplan.h"

#include "contentdatabase.h"
#include "searchwords.h"

#include <QSqlQuery>
#include <algorithm>

namespace Myelin {

namespace {

// Words only ever hold letters, digits and marks (SearchQuery), so they cannot close an FTS5 string.
QString phrase(const QStringList &words, bool prefix = false)
{
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"') +
           (prefix ? QStringLiteral("*") : QString());
}

} // namespace

SearchThesaurus::SearchThesaurus(const ContentDatabase &database) : m_database(database) {}

QStringList SearchThesaurus::completions(const QString &prefix) const
{
    if (prefix.size() < MinCompletedPrefix) {
        return {};
    }
    // A range of the vocabulary's primary key: a few hundred rows at most for a prefix this long. A
    // word that is already a written word ("drive") is not widened ("driving").
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM vocabulary WHERE term = ?"));
    query.addBindValue(prefix);
    if (!query.exec() || query.next()) {
        return {};
    }
    query.prepare(QStringLiteral("SELECT term, documents FROM vocabulary WHERE term > ? AND term < ? LIMIT 400"));
    query.addBindValue(prefix);
    query.addBindValue(prefix + QChar(0xFFFF));
    QList<std::pair<int, QString>> found;
    if (query.exec()) {
        while (query.next()) {
            found.append({-query.value(1).toInt(), query.value(0).toString()});
        }
    }
    std::sort(found.begin(), found.end());
    QStringList words;
    for (qsizetype i = 0; i < found.size() && i < MaxCompletions; ++i) {
        words.append(found.at(i).second);
    }
    return words;
}

// Words compared as meanings: a synonym phrase stands for its group ("kids" and "children", "liberation
// procedure" and "venoplasty" are one meaning here), any other word for its rough stem; question words
// are left out unless keepStopWords.
QStringList SearchThesaurus::canonicalList(const QStringList &words, bool keepStopWords) const
{
    QStringList list;
    for (qsizetype i = 0; i < words.size();) {
        int matched = 0;
        for (int n = std::min<int>(m_longestPhrase, int(words.size() - i)); n >= 1 && matched == 0; --n) {
            const auto group = m_phraseGroup.constFind(words.mid(i, n).join(QLatin1Char(' ')));
            if (group != m_phraseGroup.constEnd()) {
                list.append(QStringLiteral("#%1").arg(*group));
                matched = n;
            }
        }
        if (matched == 0) {
            if (keepStopWords || !SearchWords::isStopWord(words.at(i))) {
                list.append(SearchWords::roughStem(words.at(i)));
            }
            matched = 1;
        }
        i += matched;
    }
    return list;
}

QSet<QString> SearchThesaurus::canonical(const QStringList &words, bool keepStopWords) const
{
    const QStringList list = canonicalList(words, keepStopWords);
    return QSet<QString>(list.cbegin(), list.cend());
}

void SearchThesaurus::load()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(
            QStringLiteral("SELECT group_id, phrase, article, term FROM synonyms ORDER BY group_id, position"))) {
        qint64 current = -1;
        while (query.next()) {
            const QStringList words = SearchWords::split(query.value(1).toString());
            if (words.isEmpty()) {
                continue;
            }
            if (query.value(0).toLongLong() != current) {
                current = query.value(0).toLongLong();
                m_groups.append(Group{{}, query.value(2).toString(), query.value(3).toString()});
            }
            m_groups.last().phrases.append(words);
            m_phraseGroup.insert(words.join(QLatin1Char(' ')), int(m_groups.size()) - 1);
            m_longestPhrase = std::max(m_longestPhrase, int(words.size()));
        }
    }
    if (query.exec(QStringLiteral("SELECT a.slug, q.text FROM questions q JOIN articles a ON a.id = q.article_id "
                                  "ORDER BY a.id, q.position"))) {
        while (query.next()) {
            const QStringList all = SearchWords::split(query.value(1).toString());
            m_questions.append(Question{query.value(0).toString(), canonical(all, false), canonical(all, true)});
        }
    }
    if (query.exec(QStringLiteral("SELECT slug, term FROM glossary ORDER BY id"))) {
        while (query.next()) {
            m_terms.append(
                Term{query.value(0).toString(), canonicalList(SearchWords::split(query.value(1).toString()), false)});
        }
    }
}

// The query's words as slots: a run of words that is a synonym phrase ("member of parliament")
// becomes one slot with all of its group's phrases; a quoted phrase or joined word ("covid-19") is
// one slot as typed; other words are one slot each, question words marked as stop words.
QList<SearchThesaurus::Slot> SearchThesaurus::slotsFor(const SearchQuery &query) const
{
    struct Token
    {
        QStringList words;
        bool quoted = false;
        bool prefix = false;
    };
    QList<Token> tokens;
    for (const SearchQuery::Term &term : query.terms()) {
        QStringList words;
        for (const QString &word : term.words) {
            words.append(SearchWords::normalise(word));
        }
        words.removeAll(QString());
        if (!words.isEmpty()) {
            tokens.append(Token{words, term.quoted, term.prefix});
        }
    }
    QList<Slot> result;
    for (qsizetype i = 0; i < tokens.size();) {
        int matched = 0;
        int group = -1;
        QStringList typed;
        for (int n = std::min<int>(m_longestPhrase, int(tokens.size() - i)); n >= 1 && matched == 0; --n) {
            QStringList words;
            bool quoted = false;
            for (int k = 0; k < n; ++k) {
                words += tokens.at(i + k).words;
                quoted = quoted || tokens.at(i + k).quoted;
            }
            const auto found = m_phraseGroup.constFind(words.join(QLatin1Char(' ')));
            if (!quoted && found != m_phraseGroup.constEnd()) {
                matched = n;
                group = *found;
                typed = words;
            }
        }
        if (matched > 0) {
            Slot slot;
            slot.group = group;
            slot.alternatives.append(typed);
            for (const QStringList &other : m_groups.at(group).phrases) {
                if (other != typed) {
                    slot.alternatives.append(other);
                }
            }
            result.append(slot);
            i += matched;
            continue;
        }
        const Token &token = tokens.at(i);
        Slot slot;
        slot.alternatives.append(token.words);
        slot.prefix = token.prefix;
        slot.stop = !token.quoted && token.words.size() == 1 && SearchWords::isStopWord(token.words.first());
        result.append(slot);
        ++i;
    }
    // Question words go, unless nothing else was typed ("what is it").
    const bool anyContent = std::any_of(result.cbegin(), result.cend(), [](const Slot &s) { return !s.stop; });
    if (anyContent) {
        result.erase(std::remove_if(result.begin(), result.end(), [](const Slot &s) { return s.stop; }), result.end());
    }
    return result;
}

QStringList SearchThesaurus::questionLeads(const QSet<QString> &typed, const QSet<QString> &allTyped, bool asked) const
{
    // A question leads when its words are the words typed ("ms" aside: in this library it goes without
    // saying), and the reader typed more than one word or asked ("is ms fatal", not "fatal"). Of two
    // such questions, the one sharing more of the typed words, question words included, comes first
    // ("can I have children with MS": "Can I have children if I have MS?", then "Will my children get MS?").
    if (typed.isEmpty() || (typed.size() < 2 && !asked)) {
        return {};
    }
    static const QString ms = QStringLiteral("ms");
    QList<std::pair<qsizetype, QString>> found;
    for (const Question &question : m_questions) {
        QSet<QString> extra = question.words - typed;
        extra.remove(ms);
        if (!extra.isEmpty() || !question.words.contains(typed)) {
            continue;
        }
        found.append({-(question.all & allTyped).size(), question.article});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList leads;
    for (const auto &[shared, article] : found) {
        if (!leads.contains(article)) {
            leads.append(article);
        }
    }
    return leads;
}

QString SearchThesaurus::definitionFor(const QList<Slot> &found, const QSet<QString> &typed) const
{
    // Typed exactly as a synonym group that names a term ("tired all the time" -> fatigue).
    if (found.size() == 1 && found.first().group >= 0 && !m_groups.at(found.first().group).term.isEmpty()) {
        return m_groups.at(found.first().group).term;
    }
    if (typed.isEmpty() || found.isEmpty()) {
        return {};
    }
    // A term whose name holds every word typed and starts with one of them ("uhthoff" -> "Uhthoff's
    // phenomenon", "relapsing remitting" -> "Relapsing-remitting MS"); the closest name first.
    QString best;
    qsizetype bestExtra = 0;
    for (const Term &term : m_terms) {
        if (term.words.isEmpty() || !typed.contains(term.words.first())) {
            continue;
        }
        const QSet<QString> name(term.words.cbegin(), term.words.cend());
        if (!name.contains(typed)) {
            continue;
        }
        const qsizetype extra = name.size() - typed.size();
        if (best.isEmpty() || extra < bestExtra) {
            best = term.slug;
            bestExtra = extra;
        }
    }
    return best;
}

SearchPlan SearchThesaurus::plan(const SearchQuery &query)
{
    load();
    SearchPlan plan;
    const QList<Slot> found = slotsFor(query);
    if (found.isEmpty()) {
        return plan;
    }
    QStringList all;
    QStringList completedAll;
    QStringList typedOnly;
    QStringList any;
    bool expanded = false;
    bool completed = false;
    const auto orGroup = [](const QStringList &alternatives) {
        return alternatives.size() == 1
                   ? alternatives.first()
                   : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    for (const Slot &slot : found) {
        QStringList alternatives;
        for (const QStringList &words : slot.alternatives) {
            alternatives.append(phrase(words, slot.prefix && alternatives.isEmpty()));
        }
        QStringList withCompletions = alternatives;
        if (slot.prefix && slot.alternatives.size() == 1 && slot.alternatives.first().size() == 1) {
            // The index holds stems ("palliat" is not the start of "palli"): when the word being typed
            // matches nothing, the commonest written words that start with it are tried ("palliative").
            for (const QString &word : completions(slot.alternatives.first().first())) {
                withCompletions.append(phrase({word}));
                completed = true;
            }
        }
        const QString part = orGroup(alternatives);
        all.append(part);
        completedAll.append(orGroup(withCompletions));
        any.append(part);
        plan.slotExpressions.append(part);
        typedOnly.append(alternatives.first());
        if (alternatives.size() > 1) {
            expanded = true;
            for (qsizetype k = 1; k < slot.alternatives.size(); ++k) {
                plan.addedWords.append(slot.alternatives.at(k).join(QLatin1Char(' ')));
            }
        }
    }
    if (completed) {
        plan.completedExpression = completedAll.join(QStringLiteral(" AND "));
    }
    plan.expression = all.join(QStringLiteral(" AND "));
    if (expanded) {
        plan.typedExpression = typedOnly.join(QStringLiteral(" AND "));
    }
    if (found.size() > 1) {
        plan.relaxedExpression = any.join(QStringLiteral(" OR "));
    }

    // Leads: articles whose question was asked, then the articles of the synonym groups typed.
    QStringList everyWord;
    for (const QString &word : query.words()) {
        everyWord.append(SearchWords::normalise(word));
    }
    const QSet<QString> typed = canonical(everyWord, false);
    const bool asked = std::any_of(everyWord.cbegin(), everyWord.cend(), SearchWords::isQuestionWord);
    plan.leadArticles = questionLeads(typed, canonical(everyWord, true), asked);
    for (const Slot &slot : found) {
        if (slot.group >= 0) {
            const QString &article = m_groups.at(slot.group).article;
            if (!article.isEmpty() && !plan.leadArticles.contains(article)) {
                plan.leadArticles.append(article);
            }
        }
    }
    plan.definitionTerm = definitionFor(found, typed);
    return plan;
}

} // namespace Myelin
