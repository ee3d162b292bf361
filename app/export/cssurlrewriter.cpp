// SPDX-License-Identifier: GPL-3.0-or-later
#include "cssurlrewriter.h"

#include "core/csssyntax.h"

#include <QList>

namespace Myelin::Export {

namespace {

using Css::Token;
using Kind = Css::TokenKind;

class Rewriter
{
public:
    Rewriter(const QString &css, const CssUrlRewriter::Resolver &resolve)
        : m_css(css), m_tokens(Css::tokenize(css)), m_resolve(resolve)
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
