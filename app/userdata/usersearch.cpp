// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersearch.h"

#include "core/searchengine.h"
#include "core/searchquery.h"
#include "core/searchwords.h"

namespace Myelin {

namespace {

bool isWordChar(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
        return true;
    }
    // An apostrophe inside a word ("Uhthoff's") belongs to it; normalise() drops it and what follows.
    const bool apostrophe = c == QLatin1Char('\'') || c == QChar(0x2019);
    return apostrophe && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetter() && text.at(i + 1).isLetter();
}

// Calls found(start, length, normalised word) for each word of text.
template <typename Found> void forEachWord(const QString &text, Found found)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordChar(text, i)) {
            ++i;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text, i)) {
            ++i;
        }
        if (i > start) {
            const QString word = SearchWords::normalise(text.mid(start, i - start));
            if (!word.isEmpty() && !found(start, i - start, word)) {
                return;
            }
        }
    }
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text.simplified());
}

} // namespace

UserSearch::UserSearch(const QString &query, bool asYouType)
{
    const SearchQuery parsed = SearchQuery::parse(query, asYouType);
    QStringList words;
    bool lastPrefix = false;
    for (const SearchQuery::Term &term : parsed.terms()) {
        for (const QString &word : term.words) {
            const QString normalised = SearchWords::normalise(word);
            if (!normalised.isEmpty()) {
                words << normalised;
                lastPrefix = term.prefix;
            }
        }
    }
    // The words that carry meaning ("what about my fatigue" looks for "fatigue"); all of them when
    // every word is a small one.
    const QStringList meaning = SearchWords::contentWords(words);
    m_lastIsPrefix = lastPrefix && !words.isEmpty() && !meaning.isEmpty() && meaning.last() == words.last() &&
                     words.last().size() >= SearchQuery::MinPrefixLength;
    m_words = meaning;
    for (const QString &word : std::as_const(m_words)) {
        m_stems << SearchWords::roughStem(word);
    }
}

bool UserSearch::wordMatches(const QString &word, int sought) const
{
    const QString &wanted = m_words.at(sought);
    if (word == wanted || SearchWords::roughStem(word) == m_stems.at(sought)) {
        return true;
    }
    return m_lastIsPrefix && sought == m_words.size() - 1 && word.startsWith(wanted);
}

bool UserSearch::matches(const QStringList &texts) const
{
    if (m_words.isEmpty()) {
        return false;
    }
    QList<bool> found(m_words.size(), false);
    qsizetype missing = m_words.size();
    for (const QString &text : texts) {
        forEachWord(text, [&](qsizetype, qsizetype, const QString &word) {
            for (int i = 0; i < m_words.size(); ++i) {
                if (!found.at(i) && wordMatches(word, i)) {
                    found[i] = true;
                    --missing;
                }
            }
            return missing > 0;
        });
        if (missing == 0) {
            return true;
        }
    }
    return false;
}

QString UserSearch::marked(const QString &text) const
{
    QString result;
    qsizetype copied = 0;
    forEachWord(text, [&](qsizetype start, qsizetype length, const QString &word) {
        for (int i = 0; i < m_words.size(); ++i) {
            if (wordMatches(word, i)) {
                result += QStringView(text).mid(copied, start - copied);
                result += QChar(SearchEngine::MatchStart);
                result += QStringView(text).mid(start, length);
                result += QChar(SearchEngine::MatchEnd);
                copied = start + length;
                break;
            }
        }
        return true;
    });
    result += QStringView(text).mid(copied);
    return result;
}

QList<UserMatch> UserSearch::find(const QList<Question> &questions, const QList<Highlight> &highlights, int limit) const
{
    QList<UserMatch> result;
    if (m_words.isEmpty()) {
        return result;
    }
    const auto full = [&] { return limit > 0 && result.size() >= limit; };
    for (const Question &q : questions) {
        if (full()) {
            return result;
        }
        if (!matches({q.text, q.quote})) {
            continue;
        }
        UserMatch match;
        match.kind = UserMatch::Kind::Question;
        match.id = q.id;
        match.slug = q.slug;
        match.pageTitle = q.sourceTitle;
        match.title = marked(q.text);
        if (!q.quote.isEmpty()) {
            match.snippet = marked(quoted(q.quote));
        }
        result << match;
    }
    for (const Highlight &h : highlights) {
        if (full()) {
            return result;
        }
        if (!matches({h.note, h.quote})) {
            continue;
        }
        UserMatch match;
        match.kind = UserMatch::Kind::Note;
        match.id = h.id;
        match.slug = h.slug;
        match.pageTitle = h.articleTitle;
        match.hasNote = !h.note.trimmed().isEmpty();
        match.title = marked(match.hasNote ? h.note.simplified() : quoted(h.quote));
        if (match.hasNote) {
            match.snippet = marked(quoted(h.quote));
        }
        result << match;
    }
    return result;
}

} // namespace Myelin
