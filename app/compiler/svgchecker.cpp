// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgchecker.h"

#include "core/csssyntax.h"

#include <QXmlStreamReader>

namespace Myelin::Compiler {

namespace {

QString withoutSpaces(QStringView text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace() && c.unicode() >= 0x20) {
            result.append(c.toLower());
        }
    }
    return result;
}

bool isLocalFragment(QStringView value)
{
    return value.trimmed().startsWith(QLatin1Char('#'));
}

// The first token inside the function opened at tokens[open], not counting spaces and comments.
const Css::Token *firstArgument(const QList<Css::Token> &tokens, qsizetype open)
{
    for (qsizetype i = open + 1; i < tokens.size(); ++i) {
        const Css::TokenKind kind = tokens.at(i).kind;
        if (kind != Css::TokenKind::Whitespace && kind != Css::TokenKind::Comment) {
            return &tokens.at(i);
        }
    }
    return nullptr;
}

// The CSS as a browser reads it (escapes decoded, comments between tokens): an @import, a url() or
// src() not pointing at a #fragment, an image-set() or an expression().
bool tokensLoad(const QString &css)
{
    const QList<Css::Token> tokens = Css::tokenize(css);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Css::Token &token = tokens.at(i);
        const QString name = token.value.toLower();
        switch (token.kind) {
        case Css::TokenKind::AtKeyword:
            if (name == QLatin1String("import")) {
                return true;
            }
            break;
        case Css::TokenKind::Url:
            if (!isLocalFragment(token.value)) {
                return true;
            }
            break;
        case Css::TokenKind::BadUrl: // loads nothing in a browser that follows the standard; refused all the same
            return true;
        case Css::TokenKind::Function:
            if (name == QLatin1String("url") || name == QLatin1String("src")) {
                const Css::Token *argument = firstArgument(tokens, i);
                if (!argument || argument->kind != Css::TokenKind::String || !isLocalFragment(argument->value)) {
                    return true;
                }
            } else if (name.endsWith(QLatin1String("image-set")) || name == QLatin1String("expression")) {
                return true;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

// The CSS without comments, with escapes decoded, without spaces and in lower case.
QString compacted(const QString &css)
{
    QString text;
    for (qsizetype i = 0; i < css.size();) {
        if (css.at(i) == QLatin1Char('/') && i + 1 < css.size() && css.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = css.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? css.size() : end + 2;
        } else {
            text += css.at(i++);
        }
    }
    return withoutSpaces(Css::decodeEscapes(text));
}

// The same keywords found in the compacted CSS, so they are caught however they are split or spelled
// (@im/**/port, U\52 L(...)), even where a browser would not read them as one.
bool keywordsLoad(const QString &css)
{
    const QString compact = compacted(css);
    for (const char *keyword : {"@import", "image-set(", "expression("}) {
        if (compact.contains(QLatin1String(keyword))) {
            return true;
        }
    }
    for (const char *function : {"url(", "src("}) {
        for (qsizetype from = 0; (from = compact.indexOf(QLatin1String(function), from)) >= 0;) {
            from += 4;
            QStringView rest = QStringView(compact).mid(from);
            if (rest.startsWith(QLatin1Char('"')) || rest.startsWith(QLatin1Char('\''))) {
                rest = rest.mid(1);
            }
            if (!rest.startsWith(QLatin1Char('#'))) {
                return true;
            }
        }
    }
    return false;
}

// CSS that loads something from outside the file, as a browser reads it or as the keywords are spelled.
bool loadsExternalResource(QStringView css)
{
    const QString text = css.toString();
    return tokensLoad(text) || keywordsLoad(text);
}

class SvgChecker
{
public:
    explicit SvgChecker(const QByteArray &data) : m_reader(data) {}

    QList<Issue> run()
    {
        bool sawRoot = false;
        while (!m_reader.atEnd()) {
            m_reader.readNext();
            if (m_reader.isDTD() && m_reader.text().contains(QLatin1String("<!ENTITY"), Qt::CaseInsensitive)) {
                fail(QStringLiteral("SVG files must not declare entities"));
            } else if (m_reader.isStartElement()) {
                if (!sawRoot && m_reader.name().compare(QLatin1String("svg"), Qt::CaseInsensitive) != 0) {
                    fail(QStringLiteral("the file is not an SVG image (its first element is <%1>)")
                             .arg(m_reader.name().toString()));
                }
                sawRoot = true;
                ++m_depth;
                checkElement();
            } else if (m_reader.isEndElement()) {
                endElement();
            } else if (m_reader.isCharacters() && m_styleDepth > 0) {
                m_styleText += m_reader.text();
            } else if (m_reader.isProcessingInstruction() &&
                       m_reader.processingInstructionTarget().compare(QLatin1String("xml-stylesheet"),
                                                                      Qt::CaseInsensitive) == 0) {
                fail(QStringLiteral("SVG files must not load style sheets"));
            }
        }
        if (m_reader.hasError()) {
            fail(QStringLiteral("the SVG file is not well-formed XML: %1").arg(m_reader.errorString()));
        } else if (!sawRoot) {
            fail(QStringLiteral("the file holds no SVG image"));
        }
        return m_issues;
    }

private:
    void fail(const QString &message, qint64 line = 0)
    {
        line = line > 0 ? line : m_reader.lineNumber();
        m_issues.append(Issue{Severity::Error, int(qMax<qint64>(1, line)), message});
    }

    // A <style> is checked whole at its end: comments and CDATA sections split its text, but the
    // browser reads the pieces as one stylesheet.
    void endElement()
    {
        if (m_depth == m_styleDepth) {
            if (loadsExternalResource(m_styleText)) {
                fail(QStringLiteral("SVG styles must not load anything from outside the file"), m_styleLine);
            }
            m_styleDepth = 0;
            m_styleText.clear();
        }
        --m_depth;
    }

    void checkElement()
    {
        const QString name = m_reader.name().toString().toLower();
        if (m_styleDepth > 0) {
            fail(QStringLiteral("<style> must hold only text, not <%1>").arg(m_reader.name().toString()));
        } else if (name == QLatin1String("style")) {
            m_styleDepth = m_depth;
            m_styleLine = m_reader.lineNumber();
        }
        if (name == QLatin1String("script")) {
            fail(QStringLiteral("<script> is not allowed in SVG files"));
        } else if (name == QLatin1String("foreignobject")) {
            fail(QStringLiteral("<foreignObject> is not allowed in SVG files"));
        }
        const bool animates = name == QLatin1String("set") || name.startsWith(QLatin1String("animate"));
        const QXmlStreamAttributes attributes = m_reader.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QString local = attribute.name().toString().toLower();
            const QStringView value = attribute.value();
            if (local.startsWith(QLatin1String("on"))) {
                fail(QStringLiteral("event handler attribute '%1' is not allowed in SVG files")
                         .arg(attribute.qualifiedName().toString()));
            } else if (local == QLatin1String("href") && !isLocalFragment(value)) {
                fail(QStringLiteral("'%1' must point inside the file (#id), not to '%2'")
                         .arg(attribute.qualifiedName().toString(), value.toString()));
            } else if (local == QLatin1String("style") && loadsExternalResource(value)) {
                fail(QStringLiteral("SVG styles must not load anything from outside the file"));
            } else if (animates && local == QLatin1String("attributename") &&
                       withoutSpaces(value).endsWith(QLatin1String("href"))) {
                fail(QStringLiteral("SVG animations must not change links"));
            } else if (withoutSpaces(value).contains(QLatin1String("javascript:"))) {
                fail(QStringLiteral("'javascript:' is not allowed in SVG files"));
            } else if (local != QLatin1String("style") && loadsExternalResource(value)) {
                fail(QStringLiteral("attribute '%1' must not load anything from outside the file")
                         .arg(attribute.qualifiedName().toString()));
            }
        }
    }

    QXmlStreamReader m_reader;
    QList<Issue> m_issues;
    int m_depth = 0;
    int m_styleDepth = 0; // the depth of the <style> being read, 0 outside one
    qint64 m_styleLine = 0;
    QString m_styleText;
};

} // namespace

QList<Issue> checkSvg(const QByteArray &data)
{
    return SvgChecker(data).run();
}

} // namespace Myelin::Compiler
