// SPDX-License-Identifier: GPL-3.0-or-later
// CSS read as a browser reads it (CSS Syntax Level 3): split into tokens, with comments, strings,
// escapes such as "u\72l(" and unquoted url(...) recognised. The export rewrites the addresses a
// stylesheet refers to with it (export/cssurlrewriter) and the content compiler checks that an SVG's
// styles load nothing from outside the file (compiler/svgchecker).
#ifndef MYELIN_CORE_CSSSYNTAX_H
#define MYELIN_CORE_CSSSYNTAX_H

#include <QList>
#include <QString>
#include <QStringView>

namespace Myelin::Css {

// The tokens of CSS Syntax Level 3 that matter here; numbers are left to Delim and Ident, which can only
// make an address be found where a browser would see none, never the other way round.
enum class TokenKind
{
    Whitespace,
    Comment,
    String,    // value: the text, escapes decoded
    Url,       // url(unquoted address); value: the address
    BadUrl,    // url( with a quote, bracket or bad escape in an unquoted address: loads nothing
    Function,  // name(; value: the name, escapes decoded
    AtKeyword, // @name; value: the name, escapes decoded
    Ident,     // value: the name, escapes decoded
    Open,      // ( [ {
    Close,     // ) ] }
    Semicolon,
    Delim,
};

struct Token
{
    TokenKind kind = TokenKind::Delim;
    qsizetype start = 0; // the token's text is css.mid(start, end - start)
    qsizetype end = 0;
    QString value;
};

// Every character of css belongs to exactly one token, in order.
QList<Token> tokenize(const QString &css);

// text with every backslash escape replaced by what it stands for ("consume an escaped code point",
// CSS Syntax Level 3 §4.3.7): up to six hexadecimal digits and one whitespace after them (CR LF counts
// as one) are that code point (U+FFFD for zero, a surrogate or more than U+10FFFF); an escaped line
// break is removed (it continues a string); a backslash at the end is U+FFFD; before any other
// character, that character. Comments are not recognised: escapes inside them are decoded too.
QString decodeEscapes(QStringView text);

} // namespace Myelin::Css

#endif // MYELIN_CORE_CSSSYNTAX_H
