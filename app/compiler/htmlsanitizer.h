// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sanitiser: parses HTML with a real HTML5 parser (gumbo) and rebuilds it from an allowlist
// of elements, attributes and URLs. Everything else is removed and reported. It then adds the
// reader's markup: glossary links get class="term" and the definition as title, outside links
// class="external", and a paragraph holding only an image becomes a figure with caption and credit.
#ifndef MYELIN_COMPILER_HTMLSANITIZER_H
#define MYELIN_COMPILER_HTMLSANITIZER_H

#include "diagnostics.h"
#include "linktargets.h"

#include <QList>
#include <QString>

namespace Myelin::Compiler {

struct SanitizedHtml
{
    QString html;
    // The visible text, one line per block (paragraph, heading, list item, cell...), for search,
    // word counts and readability. Image credits are left out.
    QString text;
    // Warnings for everything removed. Lines come from the data-sourcepos attributes cmark writes
    // and from <!--myelin-line:N--> markers; 0 where unknown.
    QList<Issue> issues;
};

SanitizedHtml sanitizeHtml(const QString &html, const LinkTargets &targets);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_HTMLSANITIZER_H
