// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a highlighted passage again in an article's text, by its words rather than its position, so
// it survives a content update that edits nearby text. The text is the article's textContent (under
// <main id="content">), the same text ui/shell/articleselection reads the quote and its context from.
// In order: the quote with its saved context exactly; else each place the quote occurs, scored by how
// much of its context still matches (the heading path breaking ties); else the same allowing for
// typography (curly and straight quotes, dashes, runs of white space, letter case); else not placed.
#ifndef MYELIN_CORE_TEXTANCHOR_H
#define MYELIN_CORE_TEXTANCHOR_H

#include <QList>
#include <QString>

namespace Myelin::TextAnchor {

// What was saved with a highlight: the quote, up to 64 characters on each side and the headings above
// it, " > " between them (the page title first).
struct Anchor
{
    QString quote;
    QString prefix;
    QString suffix;
    QString headingPath;
};

// A heading in the text: where its own text starts (an offset into the text), its level (1..6) and text.
struct Heading
{
    qsizetype position = 0;
    int level = 1;
    QString text;
};

enum class Method
{
    NotPlaced,
    Exact,    // quote and context unchanged
    Context,  // the quote unchanged, chosen among its occurrences by what is left of its context
    Tolerant, // found allowing for quotes, dashes, spaces and letter case
};

struct Placement
{
    qsizetype start = -1;
    qsizetype length = 0;
    Method method = Method::NotPlaced;

    bool isPlaced() const { return method != Method::NotPlaced; }
};

// Where anchor's quote is in text: [start, start + length), or not placed.
Placement place(const QString &text, const Anchor &anchor, const QList<Heading> &headings = {});

// The headings above position, as ArticleSelection writes them: " > " between them, one per level.
QString headingPathAt(const QList<Heading> &headings, qsizetype position);

} // namespace Myelin::TextAnchor

#endif // MYELIN_CORE_TEXTANCHOR_H
