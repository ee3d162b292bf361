// SPDX-License-Identifier: GPL-3.0-or-later
#include "cssurlrewriter.h"

#include <QList>

namespace Myelin::Export {

namespace {

// The tokens of CSS Syntax Level 3 that matter here; numbers are left to Delim and Ident, which can only
// make an address be found where a browser would see none, never the other way round.
enum class Kind
{
    Whitespace,
    Comment,
    String,    // value: the text, escapes decoded
    Url,       // url(unquoted address); value: the address
    BadUrl,    // url( with a quote, bracket or bad escape in an unquoted address: loads nothing
    Function,  // name(; value: the name
    AtKeyword, // @name; value: the name
    Ident,
    Open,  // ( [ {
    Close, // ) ] }
    Semicolon,
    Delim,
};

struct Token
{
    Kind kind;
    qsizetype start;
    qsizetype end;
    QString value;
};

bool isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\f');
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

uint hexValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
        return c.unicode() - u'0';
    }
    return (c.unicode() | 0x20) - u'a' + 10;
}

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isName(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

bool isNonPrintable(QChar c)
{
    const char16_t u = c.unicode();
    return u <= 0x08 || u == 0x0b || (u >= 0x0e && u <= 0x1f) || u == 0x7f;
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString &css) : m_s(css) {}

    QList<Token> tokens()
    {
        QList<Token> result;
        while (m_i < m_s.size()) {
            const qsizetype start = m_i;
            Token token = next();
            token.start = start;
            token.end = m_i;
            result.append(token);
        }
        return result;
    }

private:
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s.at(i) : QChar(); }

    bool validEscape(qsizetype i) const
    {
        return i + 1 < m_s.size() && m_s.at(i) == QLatin1Char('\\') && m_s.at(i + 1) != QLatin1Char('\n') &&
               m_s.at(i + 1) != QLatin1Char('\r') && m_s.at(i + 1) != QLatin1Char('\f');
    }

    bool startsIdent(qsizetype i) const
    {
        if (i >= m_s.size()) {
            return false;
        }
        if (m_s.at(i) == QLatin1Char('-')) {
            return (i + 1 < m_s.size() && (isNameStart(m_s.at(i + 1)) || m_s.at(i + 1) == QLatin1Char('-'))) ||
                   validEscape(i + 1);
        }
        return isNameStart(m_s.at(i)) || validEscape(i);
    }

    // After a backslash: a hexadecimal code point (and one space after it) or the next character.
    QString escape()
    {
        if (m_i >= m_s.size()) {
            return QString(QChar(0xfffd));
        }
        if (isHex(m_s.at(m_i))) {
            uint code = 0;
            for (int n = 0; n < 6 && m_i < m_s.size() && isHex(m_s.at(m_i)); ++n, ++m_i) {
                code = code * 16 + hexValue(m_s.at(m_i));
            }
            if (m_i < m_s.size() && isWhitespace(m_s.at(m_i))) {
                if (m_s.at(m_i) == QLatin1Char('\r') && at(m_i + 1) == QLatin1Char('\n')) {
                    ++m_i;
                }
                ++m_i;
            }
            if (code == 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
                code = 0xfffd;
            }
            const char32_t ucs4 = code;
            return QString::fromUcs4(&ucs4, 1);
        }
        QString result(m_s.at(m_i++));
        if (result.at(0).isHighSurrogate() && m_i < m_s.size() && m_s.at(m_i).isLowSurrogate()) {
            result += m_s.at(m_i++);
        }
        return result;
    }

    QString name()
    {
        QString result;
        while (m_i < m_s.size()) {
            if (isName(m_s.at(m_i))) {
                result += m_s.at(m_i++);
            } else if (validEscape(m_i)) {
                ++m_i;
                result += escape();
            } else {
                break;
            }
        }
        return result;
    }

    Token string(QChar quote)
    {
        ++m_i;
        QString value;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == quote) {
                ++m_i;
                break;
            }
            if (c == QLatin1Char('\n')) {
                break; // a bad string ends at the line's end
            }
            if (c == QLatin1Char('\\')) {
                ++m_i;
                if (m_i >= m_s.size()) {
                    break;
                }
                if (m_s.at(m_i) == QLatin1Char('\n') || m_s.at(m_i) == QLatin1Char('\f')) {
                    ++m_i; // an escaped line break continues the string
                } else if (m_s.at(m_i) == QLatin1Char('\r')) {
                    m_i += at(m_i + 1) == QLatin1Char('\n') ? 2 : 1;
                } else {
                    value += escape();
                }
                continue;
            }
            value += c;
            ++m_i;
        }
        return {Kind::String, 0, 0, value};
    }

    // The rest of a bad url(: up to and including the next ")" not escaped.
    Token badUrl()
    {
        while (m_i < m_s.size()) {
            if (m_s.at(m_i) == QLatin1Char(')')) {
                ++m_i;
                break;
            }
            m_i += validEscape(m_i) ? 2 : 1;
        }
        return {Kind::BadUrl, 0, 0, {}};
    }

    // After "url(" when the address is not quoted.
    Token url()
    {
        while (m_i < m_s.size() && isWhitespace(m_s.at(m_i))) {
            ++m_i;
        }
        QString value;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char(')')) {
                ++m_i;
                break;
            }
            if (isWhitespace(c)) {
                while (m_i < m_s.size() && isWhitespace(m_s.at(m_i))) {
                    ++m_i;
                }
                if (m_i >= m_s.size() || m_s.at(m_i) == QLatin1Char(')')) {
                    m_i = qMin(m_i + 1, m_s.size());
                    break;
                }
                return badUrl();
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('(') || isNonPrintable(c)) {
                return badUrl();
            }
            if (c == QLatin1Char('\\')) {
                if (!validEscape(m_i)) {
                    return badUrl();
                }
                ++m_i;
                value += escape();
                continue;
            }
            value += c;
            ++m_i;
        }
        return {Kind::Url, 0, 0, value};
    }

    Token next()
    {
        const QChar c = m_s.at(m_i);
        if (c == QLatin1Char('/') && at(m_i + 1) == QLatin1Char('*')) {
            const qsizetype end = m_s.indexOf(QLatin1String("*/"), m_i + 2);
            m_i = end < 0 ? m_s.size() : end + 2;
            return {Kind::Comment, 0, 0, {}};
        }
        if (isWhitespace(c)) {
            while (m_i < m_s.size() && isWhitespace(m_s.at(m_i))) {
                ++m_i;
            }
            return {Kind::Whitespace, 0, 0, {}};
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            return string(c);
        }
        if (c == QLatin1Char('@') && startsIdent(m_i + 1)) {
            ++m_i;
            return {Kind::AtKeyword, 0, 0, name()};
        }
        if (startsIdent(m_i)) {
            const QString ident = name();
            if (at(m_i) != QLatin1Char('(')) {
                return {Kind::Ident, 0, 0, ident};
            }
            ++m_i;
            if (ident.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0) {
                qsizetype j = m_i;
                while (j < m_s.size() && isWhitespace(m_s.at(j))) {
                    ++j;
                }
                if (at(j) != QLatin1Char('"') && at(j) != QLatin1Char('\'')) {
                    return url();
                }
            }
            return {Kind::Function, 0, 0, ident};
        }
        ++m_i;
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            return {Kind::Open, 0, 0, QString(c)};
        }
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            return {Kind::Close, 0, 0, QString(c)};
        }
        if (c == QLatin1Char(';')) {
            return {Kind::Semicolon, 0, 0, {}};
        }
        return {Kind::Delim, 0, 0, QString(c)};
    }

    const QString &m_s;
    qsizetype m_i = 0;
};

class Rewriter
{
public:
    Rewriter(const QString &css, const CssUrlRewriter::Resolver &resolve)
        : m_css(css), m_tokens(Tokenizer(css).tokens()), m_resolve(resolve)
    {}

    QString run()
    {
        bool refused = false;
        return range(0, m_tokens.size(), false, refused);
    }

private:
    QStringView raw(const Token &token) const { return QStringView(m_css).mid(token.start, token.end - token.start); }

    bool isUrlFunction(const Token &token) const
    {
        return token.kind == Kind::Function && (token.value.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0 ||
                                                token.value.compare(QLatin1String("src"), Qt::CaseInsensitive) == 0);
    }

    bool isImageSet(const Token &token) const
    {
        return token.kind == Kind::Function && token.value.endsWith(QLatin1String("image-set"), Qt::CaseInsensitive);
    }

    // The index of the token closing the block or function opened at open (or the end).
    qsizetype closing(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype i = open; i < m_tokens.size(); ++i) {
            const Kind kind = m_tokens.at(i).kind;
            if (kind == Kind::Open || kind == Kind::Function) {
                ++depth;
            } else if (kind == Kind::Close && --depth == 0) {
                return i;
            }
        }
        return m_tokens.size();
    }

    // The resolver's address for url, or empty.
    QString resolved(const QString &url) const
    {
        const QString trimmed = url.trimmed();
        return trimmed.isEmpty() || !m_resolve ? QString() : m_resolve(trimmed);
    }

    QString urlOrNone(const QString &url, bool &refused) const
    {
        const QString address = resolved(url);
        if (address.isEmpty()) {
            refused = true;
            return QStringLiteral("none");
        }
        return QStringLiteral("url(") + CssUrlRewriter::quoted(address) + QLatin1Char(')');
    }

    // The index after an @import rule starting at i: up to its ";" or its {block}, or before the "}"
    // that ends the block it stands in.
    qsizetype afterAtRule(qsizetype i) const
    {
        for (++i; i < m_tokens.size(); ++i) {
            const Token &token = m_tokens.at(i);
            if (token.kind == Kind::Semicolon) {
                return i + 1;
            }
            if (token.kind == Kind::Close && token.value == QLatin1String("}")) {
                return i;
            }
            if (token.kind == Kind::Open || token.kind == Kind::Function) {
                const qsizetype close = closing(i);
                if (token.value == QLatin1String("{")) {
                    return qMin(close + 1, m_tokens.size());
                }
                i = close;
            }
        }
        return m_tokens.size();
    }

    // Tokens [from, to) written back with their addresses resolved. Inside image-set(), strings are
    // addresses too. refused is set when an address was refused.
    QString range(qsizetype from, qsizetype to, bool stringsAreUrls, bool &refused) const
    {
        QString out;
        for (qsizetype i = from; i < to;) {
            const Token &token = m_tokens.at(i);
            if (token.kind == Kind::AtKeyword &&
                token.value.compare(QLatin1String("import"), Qt::CaseInsensitive) == 0) {
                i = qMin(afterAtRule(i), to);
                continue;
            }
            if (token.kind == Kind::Url || token.kind == Kind::BadUrl) {
                out += urlOrNone(token.value, refused);
                ++i;
                continue;
            }
            if (token.kind == Kind::String && stringsAreUrls) {
                const QString address = resolved(token.value);
                refused = refused || address.isEmpty();
                out += CssUrlRewriter::quoted(address);
                ++i;
                continue;
            }
            if (isUrlFunction(token)) {
                const qsizetype close = qMin(closing(i), to);
                QString address;
                for (qsizetype j = i + 1; j < close; ++j) {
                    if (m_tokens.at(j).kind == Kind::String) {
                        address = m_tokens.at(j).value;
                        break;
                    }
                }
                out += urlOrNone(address, refused);
                i = close + 1;
                continue;
            }
            if (isImageSet(token)) {
                const qsizetype close = qMin(closing(i), to);
                bool inner = false;
                const QString arguments = range(i + 1, close, true, inner);
                if (inner) {
                    refused = true;
                    out += QStringLiteral("none");
                } else {
                    out += raw(token).toString() + arguments +
                           (close < to ? raw(m_tokens.at(close)).toString() : QString());
                }
                i = close + 1;
                continue;
            }
            out += raw(token);
            ++i;
        }
        return out;
    }

    const QString &m_css;
    const QList<Token> m_tokens;
    const CssUrlRewriter::Resolver &m_resolve;
};

} // namespace

QString CssUrlRewriter::rewrite(const QString &css, const Resolver &resolve)
{
    return Rewriter(css, resolve).run();
}

QString CssUrlRewriter::quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            result += QLatin1Char('\\') + QString(c);
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            result += QStringLiteral("\\%1 ").arg(c.unicode(), 0, 16);
        } else {
            result += c;
        }
    }
    return result + QLatin1Char('"');
}

} // namespace Myelin::Export
