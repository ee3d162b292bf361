// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QStringView>

namespace Myelin {

namespace {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing ||
           QChar::category(c) == QChar::Mark_SpacingCombining || QChar::category(c) == QChar::Mark_Enclosing;
}

// Characters that join two words into one written word: don't, Guillain-Barré, covid-19, e.g.
bool isConnector(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010' || c == U'\u2011' || c == U'.' || c == U'_';
}

bool hasLetterOrNumber(const QString &word)
{
    for (const uint c : QStringView(word).toUcs4()) {
        if (QChar::isLetterOrNumber(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input, bool prefixLastWord)
{
    QString text = input.left(MaxInputLength);
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        text.chop(1);
    }
    const QList<uint> chars = QStringView(text).toUcs4();

    SearchQuery query;
    QString word;      // the word being read
    QStringList group; // words joined by connectors (don't, covid-19)
    QString groupText; // the group as typed
    QStringList quote; // words inside "..."
    bool inQuote = false;
    bool lastWordAtEnd = false; // the text ends inside a word (it is still being typed)
    QString finalWord;          // that word

    auto addTerm = [&query](Term term) {
        if (!term.words.isEmpty() && query.m_terms.size() < MaxTerms) {
            query.m_terms.append(std::move(term));
        }
    };
    auto endWord = [&] {
        if (!word.isEmpty() && hasLetterOrNumber(word)) {
            group.append(word);
            groupText += word;
        }
        word.clear();
    };
    auto endGroup = [&] {
        endWord();
        while (groupText.endsWith(QLatin1Char('-')) || groupText.endsWith(QLatin1Char('\'')) ||
               groupText.endsWith(QLatin1Char('.'))) {
            groupText.chop(1);
        }
        if (inQuote) {
            quote.append(group);
        } else if (!group.isEmpty()) {
            addTerm(Term{group, false, groupText.isEmpty() ? group.join(QLatin1Char(' ')) : groupText});
        }
        group.clear();
        groupText.clear();
    };
    auto endQuote = [&] {
        endGroup();
        addTerm(Term{quote, true, quote.join(QLatin1Char(' '))});
        quote.clear();
    };

    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (isWordChar(c)) {
            word += QString::fromUcs4(&c, 1);
            if (i == chars.size() - 1) {
                lastWordAtEnd = true;
                finalWord = word;
            }
        } else if (isConnector(c) && !word.isEmpty() && i + 1 < chars.size() && isWordChar(chars.at(i + 1))) {
            endWord();
            groupText += QString::fromUcs4(&c, 1);
        } else if (c == U'"' || c == U'\u201C' || c == U'\u201D') {
            if (inQuote) {
                endQuote();
                inQuote = false;
            } else {
                endGroup();
                inQuote = true;
            }
        } else {
            endGroup();
        }
    }
    // An unfinished quote is a phrase still being typed.
    if (inQuote) {
        endQuote();
    } else {
        endGroup();
    }

    if (prefixLastWord && lastWordAtEnd && !query.m_terms.isEmpty()) {
        Term &last = query.m_terms.last();
        if (last.words.last() == finalWord && finalWord.size() >= MinPrefixLength) {
            last.prefix = true;
        }
    }
    return query;
}

QStringList SearchQuery::words() const
{
    QStringList all;
    for (const Term &term : m_terms) {
        all += term.words;
    }
    return all;
}

QString SearchQuery::matchExpression() const
{
    QStringList parts;
    for (const Term &term : m_terms) {
        // Words hold only letters, digits and marks, so they can never close the FTS5 string.
        QString part = QLatin1Char('"') + term.words.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (term.prefix) {
            part += QLatin1Char('*');
        }
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString SearchQuery::displayText() const
{
    QStringList parts;
    for (const Term &term : m_terms) {
        parts.append(term.quoted ? QLatin1Char('"') + term.text + QLatin1Char('"') : term.text);
    }
    return parts.join(QLatin1Char(' '));
}

SearchQuery SearchQuery::withWord(int index, const QString &replacement) const
{
    SearchQuery copy = *this;
    int n = 0;
    for (Term &term : copy.m_terms) {
        for (QString &word : term.words) {
            if (n++ == index) {
                const qsizetype at = term.text.indexOf(word, 0, Qt::CaseInsensitive);
                if (term.quoted || at < 0) {
                    word = replacement;
                    term.text = term.words.join(QLatin1Char(' '));
                } else {
                    term.text.replace(at, word.size(), replacement);
                    word = replacement;
                }
                return copy;
            }
        }
    }
    return copy;
}

} // namespace Myelin
