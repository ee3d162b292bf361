// SPDX-License-Identifier: GPL-3.0-or-later
// Turns an article's Markdown into safe HTML: cmark-gfm (tables, autolinks, strikethrough, tag
// filter) parses it; special links are checked and rewritten on the syntax tree; headings get
// stable ids; the rendered HTML then goes through the sanitiser.
#ifndef MYELIN_COMPILER_MARKDOWNRENDERER_H
#define MYELIN_COMPILER_MARKDOWNRENDERER_H

#include "diagnostics.h"
#include "figurecheck.h"
#include "linktargets.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Myelin::Compiler {

struct RenderedMarkdown
{
    QString html;
    QString text;                  // visible text, one line per block
    QList<Issue> issues;           // lines are lines of the Markdown text (0 if unknown)
    QList<FigureSentence> figures; // sentences that state a number, cited or not
};

// article:slug -> myelin://article/slug, glossary:id -> myelin://glossary/id and image:name ->
// myelin://image/name (errors if the target does not exist); other links than http(s), mailto and
// #fragment are removed with a warning, and so are images that are not image:name.
// [N](source:N) cites the article's N-th source (sourceTitles, in front-matter order): it becomes a
// superscript "[N]" linking to #source-N in the Sources list; a number outside the list is an error.
RenderedMarkdown renderMarkdown(const QString &markdown, const LinkTargets &targets,
                                const QStringList &sourceTitles = {});

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_MARKDOWNRENDERER_H
