// SPDX-License-Identifier: GPL-3.0-or-later
#include "csssyntax.h"

namespace Myelin::Css {

namespace {

bool isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\f');
}

bool isNewline(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\f');
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

// "Consume an escaped code point" (§4.3.7): s[i] is the character after a backslash, and the caller
// has made sure it is not a line break. Moves i past the escape.
QString consumeEscape(QStringView s, qsizetype &i)
{
    if (i >= s.size()) {
        return QString(QChar(0xfffd));
    }
    if (isHex(s.at(i))) {
        uint code = 0;
        for (int n = 0; n < 6 && i < s.size() && isHex(s.at(i)); ++n, ++i) {
            code = code * 16 + hexValue(s.at(i));
        }
        if (i < s.size() && isWhitespace(s.at(i))) {
            if (s.at(i) == QLatin1Char('\r') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            ++i;
        }
        if (code == 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
            code = 0xfffd;
        }
        const char32_t ucs4 = code;
        return QString::fromUcs4(&ucs4, 1);
    }
    QString result(s.at(i++));
    if (result.at(0).isHighSurrogate() && i < s.size() && s.at(i).isLowSurrogate()) {
        result += s.at(i++);
    }
    return result;
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
        return i + 1 < m_s.size() && m_s.at(i) == QLatin1Char('\\') && !isNewline(m_s.at(i + 1));
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
    QString escape() { return consumeEscape(m_s, m_i); }

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
        return {TokenKind::String, 0, 0, value};
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
        return {TokenKind::BadUrl, 0, 0, {}};
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
        return {TokenKind::Url, 0, 0, value};
    }

    Token next()
    {
        const QChar c = m_s.at(m_i);
        if (c == QLatin1Char('/') && at(m_i + 1) == QLatin1Char('*')) {
            const qsizetype end = m_s.indexOf(QLatin1String("*/"), m_i + 2);
            m_i = end < 0 ? m_s.size() : end + 2;
            return {TokenKind::Comment, 0, 0, {}};
        }
        if (isWhitespace(c)) {
            while (m_i < m_s.size() && isWhitespace(m_s.at(m_i))) {
                ++m_i;
            }
            return {TokenKind::Whitespace, 0, 0, {}};
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            return string(c);
        }
        if (c == QLatin1Char('@') && startsIdent(m_i + 1)) {
            ++m_i;
            return {TokenKind::AtKeyword, 0, 0, name()};
        }
        if (startsIdent(m_i)) {
            const QString ident = name();
            if (at(m_i) != QLatin1Char('(')) {
                return {TokenKind::Ident, 0, 0, ident};
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
            return {TokenKind::Function, 0, 0, ident};
        }
        ++m_i;
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            return {TokenKind::Open, 0, 0, QString(c)};
        }
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            return {TokenKind::Close, 0, 0, QString(c)};
        }
        if (c == QLatin1Char(';')) {
            return {TokenKind::Semicolon, 0, 0, {}};
        }
        return {TokenKind::Delim, 0, 0, QString(c)};
    }

    const QString &m_s;
    qsizetype m_i = 0;
};

} // namespace

QList<Token> tokenize(const QString &css)
{
    return Tokenizer(css).tokens();
}

QString decodeEscapes(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) != QLatin1Char('\\')) {
            result += text.at(i++);
            continue;
        }
        ++i;
        if (i < text.size() && isNewline(text.at(i))) {
            i += text.at(i) == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n') ? 2 : 1;
            continue;
        }
        result += consumeEscape(text, i);
    }
    return result;
}

} // namespace Myelin::Css
