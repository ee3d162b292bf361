// SPDX-License-Identifier: GPL-3.0-or-later
// Reads one article file: front matter fields (checked for presence, type and format) and body.
#ifndef MYELIN_COMPILER_ARTICLEPARSER_H
#define MYELIN_COMPILER_ARTICLEPARSER_H

#include "contentmodel.h"
#include "diagnostics.h"

namespace Myelin::Compiler {

// relativePath is "articles/<name>.md". References to other articles are checked later, once all
// articles are known (see validator.h). The slug falls back to the file name so that a missing slug
// does not cause a cascade of "unknown article" errors elsewhere.
Article parseArticle(const QString &relativePath, const QString &text, Diagnostics &diagnostics);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_ARTICLEPARSER_H
