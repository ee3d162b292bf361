// SPDX-License-Identifier: GPL-3.0-or-later
// One whole build: load, validate, render, then write the database atomically.
#ifndef MYELIN_COMPILER_COMPILER_H
#define MYELIN_COMPILER_COMPILER_H

#include "contentmodel.h"
#include "diagnostics.h"
#include "linktargets.h"

#include <QStringList>
#include <QTextStream>

namespace Myelin::Compiler {

enum ExitCode : int
{
    ExitSuccess = 0,
    ExitContentError = 1,
    ExitUsageError = 2,
    ExitIoError = 3,
};

struct CompileOptions
{
    QString dataDir; // as given by the user; prefixes every path in messages
    QString output;
    bool strict = false;
    bool report = false;
};

struct BuildResult
{
    Content content; // sorted, with rendered articles
    Diagnostics diagnostics;
    QStringList ioErrors; // already formatted, each naming its path
};

// Loads, validates and renders the content of dataDir without writing anything.
BuildResult buildContent(const QString &dataDir, bool strict);

// The link targets an article may use.
LinkTargets linkTargetsFor(const Content &content);

// The whole build. Diagnostics and errors go to err, the --report table to out. The database is
// written to "<output>.tmp" and renamed over output only when everything succeeded, so a failed
// build leaves an existing output untouched. Returns an ExitCode.
int compile(const CompileOptions &options, QTextStream &out, QTextStream &err);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_COMPILER_H
