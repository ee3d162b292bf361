// SPDX-License-Identifier: GPL-3.0-or-later
// Changes the addresses a stylesheet (or a style="" attribute) refers to. The CSS is split into
// tokens as a browser splits it (core/csssyntax.h: comments, strings, escapes such as "u\72l(" and
// unquoted url(...) are recognised), so an address is found wherever a browser would find one and
// nowhere else:
// - every url(...) and src(...) goes through the resolver and is written url("<new address>"); one the
//   resolver refuses becomes `none`;
// - the addresses in image-set(...) go through the resolver too; if it refuses one, the whole
//   image-set(...) becomes `none`;
// - @import rules are removed (their stylesheet would be fetched from elsewhere);
// - everything else is kept exactly as written.
#ifndef MYELIN_EXPORT_CSSURLREWRITER_H
#define MYELIN_EXPORT_CSSURLREWRITER_H

#include <QString>
#include <functional>

namespace Myelin::Export {

class CssUrlRewriter
{
public:
    // Returns the address to use instead of url, or an empty string to refer to nothing.
    using Resolver = std::function<QString(const QString &url)>;

    static QString rewrite(const QString &css, const Resolver &resolve);

    // text as a double-quoted CSS string.
    static QString quoted(const QString &text);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_CSSURLREWRITER_H
