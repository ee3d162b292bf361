// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that need the whole content: unique slugs and ids, the shape of the article tree, and every
// reference from one item to another.
#ifndef MYELIN_COMPILER_VALIDATOR_H
#define MYELIN_COMPILER_VALIDATOR_H

#include "contentmodel.h"
#include "diagnostics.h"

namespace Myelin::Compiler {

// The slug of the one article without a parent.
inline constexpr const char *RootArticleSlug = "home";

void validateContent(const Content &content, Diagnostics &diagnostics);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_VALIDATOR_H
