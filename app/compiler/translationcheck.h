// SPDX-License-Identifier: GPL-3.0-or-later
// Checks translations against the English content: each translates an article or term that exists;
// it is not older than the English it follows unless it says so (out_of_date: true); a translated
// article cites the same sources and links to the same articles and terms as its original, so no
// figure loses its citation in translation. Rendering of the translated text is compiler.cpp's.
#ifndef MYELIN_COMPILER_TRANSLATIONCHECK_H
#define MYELIN_COMPILER_TRANSLATIONCHECK_H

#include "contentmodel.h"
#include "diagnostics.h"

namespace Myelin::Compiler {

void validateTranslations(const Content &content, Diagnostics &diagnostics);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_TRANSLATIONCHECK_H
