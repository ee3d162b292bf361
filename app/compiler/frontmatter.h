// SPDX-License-Identifier: GPL-3.0-or-later
// Splits an article file into its YAML front matter (between two '---' lines) and its Markdown body.
#ifndef MYELIN_COMPILER_FRONTMATTER_H
#define MYELIN_COMPILER_FRONTMATTER_H

#include <QString>

namespace Myelin::Compiler {

struct FrontMatter
{
    bool found = false;  // the file starts with a '---' line
    bool closed = false; // a second '---' line ends the front matter
    QString yaml;        // the lines between the two '---' lines
    int yamlFirstLine = 2;
    int closingLine = 0;    // file line of the closing '---'
    QString body;           // everything after the closing line
    int bodyLineOffset = 0; // file line of body line n is bodyLineOffset + n
};

// Line endings are normalised to '\n' (a lone '\r' also ends a line, as in Markdown).
QString normaliseLineEndings(const QString &text);

FrontMatter splitFrontMatter(const QString &text);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_FRONTMATTER_H
