// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the figures in an article (a number given as a fact: a percentage, "1 in 3", a count, a dose,
// a number of years) and whether each sentence that gives one cites a source with [N](source:N).
// Patients act on numbers, so every number must be traceable to the article's Sources.
#ifndef MYELIN_COMPILER_FIGURECHECK_H
#define MYELIN_COMPILER_FIGURECHECK_H

#include <QList>
#include <QString>

struct cmark_node;

namespace Myelin::Compiler {

struct FigureSentence
{
    int line = 0;     // line within the Markdown text
    QString sentence; // the sentence as readers see it (link text included, markers left out)
    bool cited = false;
};

// Every sentence of the document (a parsed cmark-gfm tree, before links are rewritten) that states a
// figure. Headings, code and image descriptions are not sentences. A table row counts as one sentence:
// a marker anywhere in the row cites the row. A marker right after a sentence's full stop belongs to
// that sentence.
QList<FigureSentence> findFigures(cmark_node *document);

// True if the text states a number as a fact. Years on their own ("In 2017,"), dates ("5 June 2020"),
// names with digits (COVID-19, B12) and words like "one of" are not figures.
bool statesFigure(const QString &sentence);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_FIGURECHECK_H
