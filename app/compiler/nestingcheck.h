// SPDX-License-Identifier: GPL-3.0-or-later
// How deeply HTML nests, measured in one linear pass before the HTML parser sees it. The HTML5 parser
// (gumbo) takes time in proportion to the depth for every tag: 100,000 nested quotes took over 30 s;
// this pass follows the parser's rules closely enough to stop such input first.
#ifndef MYELIN_COMPILER_NESTINGCHECK_H
#define MYELIN_COMPILER_NESTINGCHECK_H

#include <QString>
#include <optional>

namespace Myelin::Compiler {

// The line where html first nests more than limit elements deep, or nullopt if it never does. Lines
// come from cmark's data-sourcepos attributes and <!--myelin-line:N--> markers (0 before the first).
// The depth is that of the parser's stack of open elements as OpenElements models it: never less than
// gumbo builds, apart from the <tbody> and <tr> it adds to tables (the sanitiser checks the tree too).
std::optional<int> findDeepNesting(const QString &html, int limit);

// The message for an article that nests too deeply.
QString deepNestingMessage(int limit);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_NESTINGCHECK_H
