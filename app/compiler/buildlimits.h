// SPDX-License-Identifier: GPL-3.0-or-later
// The compiler's limits, each far above what real content needs (data/README.md explains them). They
// keep the build fast and its memory bounded, and stop content that could not be shown or printed.
#ifndef MYELIN_COMPILER_BUILDLIMITS_H
#define MYELIN_COMPILER_BUILDLIMITS_H

#include <QtGlobal>

namespace Myelin::Compiler::Limits {

// Largest article source file, front matter included. The longest real article is about 9 KiB.
inline constexpr qint64 ArticleBytes = 1024 * 1024;
// Largest other source file: the YAML files and the image files.
inline constexpr qint64 OtherFileBytes = 4 * 1024 * 1024;
// Deepest nesting of elements in an article's HTML, as the HTML parser builds it: Markdown quotes,
// lists and emphasis count as their elements do (a list item in a list is two levels), and so does
// raw HTML.
inline constexpr int NestingDepth = 32;
// Diagnostics of one kind (the same message, apart from the names in quotes) shown per file; the
// rest are counted in one "and N more like this" line.
inline constexpr int SimilarDiagnostics = 20;

} // namespace Myelin::Compiler::Limits

#endif // MYELIN_COMPILER_BUILDLIMITS_H
