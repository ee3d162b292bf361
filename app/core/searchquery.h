// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what a person typed into a safe FTS5 MATCH expression. The typed text is never passed to
// MATCH itself: it is split into words and quoted phrases here, and every word is written back as a
// quoted FTS5 string, so operators (AND, OR, NOT, NEAR), column filters, stars, brackets and stray
// quotes are all just text.
#ifndef MYELIN_CORE_SEARCHQUERY_H
#define MYELIN_CORE_SEARCHQUERY_H

#include <QList>
#include <QString>
#include <QStringList>

namespace Myelin {

class SearchQuery
{
public:
    // Longer input is cut to this many characters before it is read (a pasted page is not a query).
    static constexpr int MaxInputLength = 256;
    // At most this many words and phrases take part; the rest are ignored.
    static constexpr int MaxTerms = 12;
    // The word being typed is matched as a prefix only from this length on (a one-letter prefix
    // would match most of the index and cost far more than it helps).
    static constexpr int MinPrefixLength = 2;

    struct Term
    {
        QStringList words;   // one word, or the words of a "quoted phrase" or hyphenated word
        bool quoted = false; // typed in double quotes
        QString text;        // as typed (without quotes), for displayText()
        bool prefix = false; // the last word, still being typed: matched as the start of a word
    };

    SearchQuery() = default;
    // prefixLastWord: treat the last word as unfinished (as-you-type search) unless the text ends in
    // a space or a closing quote.
    static SearchQuery parse(const QString &text, bool prefixLastWord = true);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }
    // The words of all terms, in order.
    QStringList words() const;

    // The FTS5 expression, e.g. "multiple" "sclero"* or "sham procedure". Empty when isEmpty().
    QString matchExpression() const;
    // The same query as a person would type it (phrases quoted), e.g. for a "did you mean" link.
    QString displayText() const;

    // A copy with word number index (counting over words(), phrases included) replaced.
    SearchQuery withWord(int index, const QString &word) const;

private:
    QList<Term> m_terms;
};

} // namespace Myelin

#endif // MYELIN_CORE_SEARCHQUERY_H
