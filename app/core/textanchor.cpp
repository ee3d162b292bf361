// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchor.h"

#include <QStringList>
#include <algorithm>

namespace Myelin::TextAnchor {

namespace {

// A short quote found somewhere else than where it was (its paragraph rewritten, the same word
// elsewhere) would mark the wrong place: a quote shorter than this needs the rest from the text right
// next to it, unchanged.
constexpr qsizetype EnoughEvidence = 24;
// Words of the context are looked for this far beyond the context's own length (an inserted word).
constexpr qsizetype WordSlack = 24;

// The text with typography evened out, and where each of its characters came from in the original.
struct Folded
{
    QString text;
    QList<qsizetype> origin;
};

bool isInvisible(char16_t c)
{
    return c == 0x00ad || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff;
}

Folded fold(const QString &source)
{
    Folded out;
    out.text.reserve(source.size());
    out.origin.reserve(source.size());
    auto put = [&out](QChar c, qsizetype from) {
        out.text.append(c);
        out.origin.append(from);
    };
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const char16_t u = c.unicode();
        if (isInvisible(u)) {
            continue;
        }
        if (c.isSpace()) {
            if (out.text.isEmpty() || out.text.back() != QLatin1Char(' ')) {
                put(QLatin1Char(' '), i);
            }
            continue;
        }
        switch (u) {
        case 0x2018:
        case 0x2019:
        case 0x201a:
        case 0x201b:
        case 0x2032:
        case 0x0060:
        case 0x00b4:
            put(QLatin1Char('\''), i);
            break;
        case 0x201c:
        case 0x201d:
        case 0x201e:
        case 0x201f:
        case 0x2033:
        case 0x00ab:
        case 0x00bb:
            put(QLatin1Char('"'), i);
            break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            put(QLatin1Char('-'), i);
            break;
        case 0x2026:
            for (int dot = 0; dot < 3; ++dot) {
                put(QLatin1Char('.'), i);
            }
            break;
        default:
            put(c.isSurrogate() ? c : c.toCaseFolded(), i);
        }
    }
    return out;
}

QString trimmedSpaces(const QString &s)
{
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && s.at(from) == QLatin1Char(' ')) {
        ++from;
    }
    while (to > from && s.at(to - 1) == QLatin1Char(' ')) {
        --to;
    }
    return s.mid(from, to - from);
}

QStringList wordsOf(QStringView text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

// How many characters of the saved words are among the words of the window (each used once).
qsizetype sharedWordCharacters(const QStringList &saved, QStringView window)
{
    QStringList available = wordsOf(window);
    qsizetype shared = 0;
    for (const QString &word : saved) {
        const qsizetype at = available.indexOf(word);
        if (at >= 0) {
            shared += word.size();
            available.removeAt(at);
        }
    }
    return shared;
}

struct Candidate
{
    qsizetype start = -1;
    bool exact = false;     // the whole saved context is there, unchanged
    qsizetype score = 0;    // characters of context that still match, next to it or as words nearby
    qsizetype adjacent = 0; // characters right next to the quote that still match
    bool sameHeadings = false;
};

// The best place for quote in text by its context, or start -1 when the quote is not there.
Candidate bestOccurrence(const QString &text, const QString &quote, const QString &prefix, const QString &suffix,
                         const QList<Heading> &headings, const QString &headingPath)
{
    Candidate best;
    if (quote.isEmpty()) {
        return best;
    }
    const QStringList prefixWords = wordsOf(prefix);
    const QStringList suffixWords = wordsOf(suffix);
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        const qsizetype end = at + quote.size();
        // Characters next to the quote that still match, going outwards.
        qsizetype before = 0;
        while (before < prefix.size() && before < at &&
               text.at(at - 1 - before) == prefix.at(prefix.size() - 1 - before)) {
            ++before;
        }
        qsizetype after = 0;
        while (after < suffix.size() && end + after < text.size() && text.at(end + after) == suffix.at(after)) {
            ++after;
        }
        Candidate c;
        c.start = at;
        c.exact = before == prefix.size() && after == suffix.size();
        c.adjacent = before + after;
        const qsizetype windowStart = qMax<qsizetype>(0, at - prefix.size() - WordSlack);
        const QStringView preWindow = QStringView(text).mid(windowStart, at - windowStart);
        const QStringView postWindow = QStringView(text).mid(end, suffix.size() + WordSlack);
        c.score = qMax(before, sharedWordCharacters(prefixWords, preWindow)) +
                  qMax(after, sharedWordCharacters(suffixWords, postWindow));
        c.sameHeadings = !headings.isEmpty() && headingPathAt(headings, at) == headingPath;
        const auto rank = [](const Candidate &x) { return std::make_tuple(x.exact, x.score, x.sameHeadings); };
        if (best.start < 0 || rank(c) > rank(best)) {
            best = c;
        }
    }
    if (best.start >= 0 && !best.exact && quote.size() + best.adjacent < EnoughEvidence) {
        return {}; // a short quote without the text next to it: too likely another place
    }
    return best;
}

} // namespace

QString headingPathAt(const QList<Heading> &headings, qsizetype position)
{
    QStringList path;
    for (const Heading &heading : headings) {
        if (heading.position > position) {
            break;
        }
        const int level = qBound(1, heading.level, 6);
        path = path.mid(0, level - 1);
        while (path.size() < level - 1) {
            path.append(QString());
        }
        path.append(heading.text.trimmed());
    }
    path.removeAll(QString());
    return path.join(QStringLiteral(" > "));
}

Placement place(const QString &text, const Anchor &anchor, const QList<Heading> &headings)
{
    if (anchor.quote.trimmed().isEmpty() || text.isEmpty()) {
        return {};
    }
    const Candidate direct =
        bestOccurrence(text, anchor.quote, anchor.prefix, anchor.suffix, headings, anchor.headingPath);
    if (direct.start >= 0) {
        return {direct.start, anchor.quote.size(), direct.exact ? Method::Exact : Method::Context};
    }

    // Typography and spacing evened out on both sides; the place found is mapped back to the text.
    const Folded folded = fold(text);
    const QString quote = trimmedSpaces(fold(anchor.quote).text);
    if (quote.isEmpty()) {
        return {};
    }
    QList<Heading> foldedHeadings;
    foldedHeadings.reserve(headings.size());
    for (const Heading &heading : headings) {
        const auto at = std::lower_bound(folded.origin.cbegin(), folded.origin.cend(), heading.position);
        foldedHeadings.append({at - folded.origin.cbegin(), heading.level, heading.text});
    }
    const Candidate loose = bestOccurrence(folded.text, quote, fold(anchor.prefix).text, fold(anchor.suffix).text,
                                           foldedHeadings, anchor.headingPath);
    if (loose.start < 0) {
        return {};
    }
    const qsizetype start = folded.origin.at(loose.start);
    const qsizetype end = folded.origin.at(loose.start + quote.size() - 1) + 1;
    return {start, end - start, Method::Tolerant};
}

} // namespace Myelin::TextAnchor
