// SPDX-License-Identifier: GPL-3.0-or-later
// The --report table: per article its word count, reading grade, sources and related articles,
// then totals. Used to check the quality of the content.
#ifndef MYELIN_COMPILER_REPORT_H
#define MYELIN_COMPILER_REPORT_H

#include "contentmodel.h"

#include <QString>

namespace Myelin::Compiler {

QString formatReport(const Content &content);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_REPORT_H
