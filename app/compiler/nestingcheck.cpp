// SPDX-License-Identifier: GPL-3.0-or-later
#include "nestingcheck.h"

#include "openelements.h"

namespace Myelin::Compiler {

namespace {

class Scanner
{
public:
    Scanner(const QString &html, int limit) : m_html(html), m_limit(limit) {}

    std::optional<int> run()
    {
        while (m_pos < m_html.size()) {
            const qsizetype open = m_html.indexOf(QLatin1Char('<'), m_pos);
            if (open != m_pos) {
                m_elements.text();
            }
            if (open < 0) {
                break;
            }
            m_pos = open + 1;
            if (QStringView(m_html).mid(m_pos).startsWith(QLatin1String("!--"))) {
                comment();
            } else if (peek() == QLatin1Char('/')) {
                ++m_pos;
                endTag();
            } else if (peek() == QLatin1Char('!') || peek() == QLatin1Char('?')) {
                skipPast(QLatin1Char('>')); // <!DOCTYPE>, <![CDATA[...]> and <?...> end at the first '>'
            } else if (isLetter(peek())) {
                if (!startTag()) {
                    return m_line;
                }
            }
        }
        return std::nullopt;
    }

private:
    QChar peek() const { return m_pos < m_html.size() ? m_html.at(m_pos) : QChar(); }

    static bool isLetter(QChar c) { return c.isLetter() && c.unicode() < 0x80; }

    void skipPast(QChar c)
    {
        const qsizetype end = m_html.indexOf(c, m_pos);
        m_pos = end < 0 ? m_html.size() : end + 1;
    }

    // <!--...-->, reading <!--myelin-line:N--> markers. (No regular expression: matching one at an
    // offset checks the whole text each time.)
    void comment()
    {
        const QLatin1String marker("!--myelin-line:");
        const QStringView rest = QStringView(m_html).mid(m_pos);
        if (rest.startsWith(marker)) {
            qsizetype digits = marker.size();
            while (digits < rest.size() && digits < marker.size() + 9 && rest.at(digits) >= QLatin1Char('0') &&
                   rest.at(digits) <= QLatin1Char('9')) {
                ++digits;
            }
            if (digits > marker.size() && rest.mid(digits).startsWith(QLatin1String("-->"))) {
                m_line = rest.mid(marker.size(), digits - marker.size()).toInt();
            }
        }
        const qsizetype end = m_html.indexOf(QLatin1String("-->"), m_pos + 1);
        m_pos = end < 0 ? m_html.size() : end + 3;
    }

    QString readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_html.size()) {
            const QChar c = m_html.at(m_pos);
            if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('>')) {
                break;
            }
            ++m_pos;
        }
        return m_html.mid(start, m_pos - start).toLower();
    }

    // Reads up to and past the '>' that ends the tag, minding quoted values. False at the end of the
    // text: the parser drops an unfinished tag.
    bool readAttributes(bool &selfClosing)
    {
        selfClosing = false;
        while (m_pos < m_html.size()) {
            const QChar c = m_html.at(m_pos);
            if (c == QLatin1Char('>')) {
                ++m_pos;
                return true;
            }
            selfClosing = c == QLatin1Char('/'); // only right before the '>'
            if (c.isSpace() || c == QLatin1Char('/')) {
                ++m_pos;
                continue;
            }
            const qsizetype nameStart = m_pos;
            while (m_pos < m_html.size() && !m_html.at(m_pos).isSpace() && m_html.at(m_pos) != QLatin1Char('/') &&
                   m_html.at(m_pos) != QLatin1Char('>') &&
                   (m_pos == nameStart || m_html.at(m_pos) != QLatin1Char('='))) {
                ++m_pos;
            }
            const QStringView name = QStringView(m_html).mid(nameStart, m_pos - nameStart);
            skipSpaces();
            if (peek() != QLatin1Char('=')) {
                continue;
            }
            ++m_pos;
            skipSpaces();
            const QStringView value = readValue();
            if (m_pos > m_html.size()) {
                return false;
            }
            if (name.compare(QLatin1String("data-sourcepos"), Qt::CaseInsensitive) == 0) {
                readLine(value);
            }
        }
        return false;
    }

    void skipSpaces()
    {
        while (m_pos < m_html.size() && m_html.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }

    // An attribute value; leaves m_pos past the end of the text if a quote is not closed.
    QStringView readValue()
    {
        const QChar quote = peek();
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            const qsizetype end = m_html.indexOf(quote, m_pos + 1);
            if (end < 0) {
                m_pos = m_html.size() + 1;
                return {};
            }
            const QStringView value = QStringView(m_html).mid(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return value;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_html.size() && !m_html.at(m_pos).isSpace() && m_html.at(m_pos) != QLatin1Char('>')) {
            ++m_pos;
        }
        return QStringView(m_html).mid(start, m_pos - start);
    }

    // "12:1-12:30" -> line 12.
    void readLine(QStringView position)
    {
        const qsizetype colon = position.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int line = position.left(colon).toInt(&ok);
        if (ok && line > 0) {
            m_line = line;
        }
    }

    // False if the element makes the nesting too deep.
    bool startTag()
    {
        const QString name = readName();
        bool selfClosing = false;
        if (!readAttributes(selfClosing)) {
            m_pos = m_html.size(); // the parser drops an unfinished tag
            return true;
        }
        const OpenElements::Content content = m_elements.start(name, selfClosing);
        if (content == OpenElements::Content::RawText) {
            const qsizetype end = m_html.indexOf(QLatin1String("</") + name, m_pos, Qt::CaseInsensitive);
            m_pos = end < 0 ? m_html.size() : end;
        } else if (content == OpenElements::Content::PlainText) {
            m_pos = m_html.size();
        }
        return m_elements.depth() <= m_limit;
    }

    void endTag()
    {
        if (!isLetter(peek())) {
            skipPast(QLatin1Char('>'));
            return;
        }
        const QString name = readName();
        bool selfClosing = false;
        if (!readAttributes(selfClosing)) {
            m_pos = m_html.size();
            return;
        }
        m_elements.end(name);
    }

    const QString &m_html;
    const int m_limit;
    qsizetype m_pos = 0;
    int m_line = 0;
    OpenElements m_elements;
};

} // namespace

std::optional<int> findDeepNesting(const QString &html, int limit)
{
    return Scanner(html, limit).run();
}

QString deepNestingMessage(int limit)
{
    return QStringLiteral("the text is nested too deeply: more than %1 levels of quotes, lists or HTML elements "
                          "inside each other, which cannot be shown or printed well")
        .arg(limit);
}

} // namespace Myelin::Compiler
