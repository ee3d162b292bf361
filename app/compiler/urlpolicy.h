// SPDX-License-Identifier: GPL-3.0-or-later
// Which URLs compiled articles may contain. Checks work on the decoded value, after removing what
// browsers ignore (tabs and newlines anywhere, spaces and control characters around it), with the
// scheme lower-cased: "  JaV&#x09;aScRiPt:" is seen as "javascript:".
#ifndef MYELIN_COMPILER_URLPOLICY_H
#define MYELIN_COMPILER_URLPOLICY_H

#include "linktargets.h"

#include <QString>
#include <optional>

namespace Myelin::Compiler {

QString cleanUrl(const QString &raw);

// The lower-case scheme of a cleaned URL; empty if it has none (a relative URL); "?" if what comes
// before the first ':' is not a valid scheme.
QString urlScheme(const QString &cleaned);

enum class LinkKind
{
    Rejected,
    External, // http, https
    Mail,     // mailto
    Fragment, // #id within the article
    Article,  // myelin://article/<slug>
    Glossary, // myelin://glossary/<id>
};

struct CheckedLink
{
    LinkKind kind = LinkKind::Rejected;
    QString url;    // the cleaned URL to write
    QString target; // slug or term id for Article and Glossary
};

// An href in compiled HTML: http(s), mailto, #fragment, or myelin://article|glossary/ to a known target.
CheckedLink checkHref(const QString &raw, const LinkTargets &targets);

// An img src in compiled HTML: only myelin://image/<known name>. Gives the name.
std::optional<QString> checkImageSource(const QString &raw, const LinkTargets &targets);

// A URL as it can be shown in a message: control characters made visible, long URLs shortened.
QString displayUrl(const QString &raw);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_URLPOLICY_H
