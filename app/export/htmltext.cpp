// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QRegularExpression>
#include <QStringList>
#include <gumbo.h>
#include <vector>

namespace Myelin::Export {

namespace {

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr != nullptr ? QString::fromUtf8(attr->value) : QString();
}

QString collapse(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n\\f\\x{00a0}]+"));
    QString result = text;
    result.replace(spaces, QStringLiteral(" "));
    return result;
}

bool isExternal(const QString &href)
{
    return href.startsWith(QLatin1String("http://")) || href.startsWith(QLatin1String("https://")) ||
           href.startsWith(QLatin1String("mailto:"));
}

// Walks the tree, collecting inline text into the current paragraph and emitting finished blocks.
class Writer
{
public:
    explicit Writer(int width) : m_width(width) {}

    QString result() const
    {
        QString text = m_blocks.join(QStringLiteral("\n\n"));
        return text.isEmpty() ? text : text + QLatin1Char('\n');
    }

    void block(const GumboNode *node)
    {
        walk(node);
        flush();
    }

private:
    struct ListState
    {
        bool ordered = false;
        int next = 1;
    };

    // Deeper than this (only a damaged or hostile page nests so far), elements are no longer laid
    // out, only their text is kept, collected without recursion: the stack cannot overflow.
    static constexpr int MaxDepth = 200;

    void walk(const GumboNode *node)
    {
        if (m_depth >= MaxDepth) {
            flatText(node);
            return;
        }
        ++m_depth;
        walkElement(node);
        --m_depth;
    }

    // The text of node and everything in it, in document order, as inline text.
    void flatText(const GumboNode *root)
    {
        std::vector<const GumboNode *> pending{root};
        while (!pending.empty()) {
            const GumboNode *node = pending.back();
            pending.pop_back();
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
                node->type == GUMBO_NODE_CDATA) {
                m_inline += collapse(QString::fromUtf8(node->v.text.text));
            } else if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag != GUMBO_TAG_SCRIPT &&
                       node->v.element.tag != GUMBO_TAG_STYLE) {
                const GumboVector &list = node->v.element.children;
                for (unsigned int i = list.length; i > 0; --i) {
                    pending.push_back(static_cast<const GumboNode *>(list.data[i - 1]));
                }
            }
        }
    }

    void walkElement(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            const QString text = QString::fromUtf8(node->v.text.text);
            m_inline += m_preformatted ? text : collapse(text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) {
            return;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children(node);
            return;
        }
        const GumboElement &element = node->v.element;
        switch (element.tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_NAV:
            return;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: {
            flush();
            children(node);
            const QString heading = m_inline.trimmed();
            m_inline.clear();
            if (!heading.isEmpty()) {
                const int level = element.tag == GUMBO_TAG_H1 ? 1 : 2;
                m_blocks << HtmlText::underline(heading, level);
            }
            return;
        }
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_CAPTION:
            flush();
            children(node);
            flush();
            return;
        case GUMBO_TAG_BLOCKQUOTE: {
            flush();
            const QString saved = m_quotePrefix;
            m_quotePrefix += QStringLiteral("> ");
            children(node);
            flush();
            m_quotePrefix = saved;
            return;
        }
        case GUMBO_TAG_PRE: {
            flush();
            m_preformatted = true;
            children(node);
            m_preformatted = false;
            QString text = m_inline;
            m_inline.clear();
            while (text.endsWith(QLatin1Char('\n'))) {
                text.chop(1);
            }
            if (!text.isEmpty()) {
                QStringList lines = text.split(QLatin1Char('\n'));
                for (QString &line : lines) {
                    line.prepend(m_quotePrefix + QStringLiteral("    "));
                }
                m_blocks << lines.join(QLatin1Char('\n'));
            }
            return;
        }
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL: {
            flush();
            ListState state;
            state.ordered = element.tag == GUMBO_TAG_OL;
            bool ok = false;
            const int start = attribute(element, "start").toInt(&ok);
            state.next = ok ? start : 1;
            if (m_lists.isEmpty()) {
                m_lastWasItem = false; // a new list starts a new block
            }
            m_lists.append(state);
            children(node);
            flush();
            m_lists.removeLast();
            if (m_lists.isEmpty()) {
                m_lastWasItem = false;
            }
            return;
        }
        case GUMBO_TAG_LI: {
            flush();
            QString marker = QStringLiteral("- ");
            if (!m_lists.isEmpty() && m_lists.last().ordered) {
                marker = QStringLiteral("%1. ").arg(m_lists.last().next++);
            }
            m_pendingMarker = marker;
            children(node);
            flush();
            m_pendingMarker.clear();
            return;
        }
        case GUMBO_TAG_FIGURE: {
            flush();
            // The caption says what the picture shows; the alt text describes it when there is none.
            QString caption;
            QString alt;
            for (unsigned int i = 0; i < element.children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
                if (child->type != GUMBO_NODE_ELEMENT) {
                    continue;
                }
                if (child->v.element.tag == GUMBO_TAG_FIGCAPTION) {
                    walk(child);
                    caption = m_inline.trimmed();
                    m_inline.clear();
                } else if (child->v.element.tag == GUMBO_TAG_IMG) {
                    alt = attribute(child->v.element, "alt").trimmed();
                } else {
                    walk(child);
                    flush();
                }
            }
            const QString text = caption.isEmpty() ? alt : caption;
            if (!text.isEmpty()) {
                m_blocks << HtmlText::wrap(HtmlText::tr("[Picture: %1]").arg(text), m_width, m_quotePrefix,
                                           m_quotePrefix);
            }
            return;
        }
        case GUMBO_TAG_IMG: {
            const QString alt = attribute(element, "alt").trimmed();
            if (!alt.isEmpty()) {
                m_inline += HtmlText::tr("[Picture: %1]").arg(alt);
            }
            return;
        }
        case GUMBO_TAG_BR:
            m_inline += QLatin1Char('\n');
            return;
        case GUMBO_TAG_HR:
            flush();
            m_blocks << QString(qMin(m_width, 20), QLatin1Char('-'));
            return;
        case GUMBO_TAG_TABLE:
            flush();
            m_lastWasItem = false;
            children(node);
            flush();
            m_lastWasItem = false;
            return;
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
            flush();
            children(node);
            flush();
            return;
        case GUMBO_TAG_TR: {
            flush();
            QStringList cells;
            for (unsigned int i = 0; i < element.children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
                if (child->type == GUMBO_NODE_ELEMENT) {
                    walk(child);
                    cells << m_inline.trimmed();
                    m_inline.clear();
                }
            }
            m_pendingMarker = QStringLiteral("- ");
            m_inline = cells.join(QStringLiteral(" | "));
            flush();
            m_pendingMarker.clear();
            return;
        }
        case GUMBO_TAG_A: {
            const QString href = attribute(element, "href");
            const qsizetype before = m_inline.size();
            children(node);
            if (isExternal(href)) {
                const QString text = m_inline.mid(before).trimmed();
                QString address = href;
                if (address.startsWith(QLatin1String("mailto:"))) {
                    address = address.mid(7);
                }
                if (text != address) {
                    m_inline += QStringLiteral(" (") + address + QLatin1Char(')');
                }
            }
            return;
        }
        default:
            children(node);
            return;
        }
    }

    void children(const GumboNode *node)
    {
        const GumboVector &list =
            node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        for (unsigned int i = 0; i < list.length; ++i) {
            walk(static_cast<const GumboNode *>(list.data[i]));
        }
    }

    // Ends the current paragraph (or list item) and wraps it.
    void flush()
    {
        const QString text = m_inline.trimmed();
        m_inline.clear();
        if (text.isEmpty()) {
            return;
        }
        const int depth = qMax(0, static_cast<int>(m_lists.size()) - 1);
        const QString indent = m_quotePrefix + QString(depth * 2, QLatin1Char(' '));
        const QString first = indent + m_pendingMarker;
        const QString rest = indent + QString(m_pendingMarker.size(), QLatin1Char(' '));
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            lines << HtmlText::wrap(line.trimmed(), m_width, lines.isEmpty() ? first : rest, rest);
        }
        if (!m_pendingMarker.isEmpty() && !m_blocks.isEmpty() && m_lastWasItem) {
            // List items follow each other without a blank line between them.
            m_blocks.last() += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        } else {
            m_blocks << lines.join(QLatin1Char('\n'));
        }
        m_lastWasItem = !m_pendingMarker.isEmpty();
        // The rest of an item's text (after a nested list) lines up with its first line.
        if (!m_pendingMarker.isEmpty()) {
            m_pendingMarker = QString(m_pendingMarker.size(), QLatin1Char(' '));
        }
    }

    const int m_width;
    QStringList m_blocks;
    int m_depth = 0;
    QString m_inline;
    QString m_pendingMarker;
    QString m_quotePrefix;
    QList<ListState> m_lists;
    bool m_preformatted = false;
    bool m_lastWasItem = false;
};

} // namespace

QString HtmlText::toPlainText(const QString &html, int width)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), utf8.size());
    Writer writer(width);
    writer.block(output->root);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return writer.result();
}

QString HtmlText::wrap(const QString &text, int width, const QString &firstPrefix, const QString &restPrefix)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line = firstPrefix;
    bool lineHasWord = false;
    for (const QString &word : words) {
        if (lineHasWord && line.size() + 1 + word.size() > width) {
            lines << line;
            line = restPrefix;
            lineHasWord = false;
        }
        if (lineHasWord) {
            line += QLatin1Char(' ');
        }
        line += word;
        lineHasWord = true;
    }
    if (lineHasWord || lines.isEmpty()) {
        lines << line;
    }
    for (QString &l : lines) {
        while (l.endsWith(QLatin1Char(' '))) {
            l.chop(1);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString HtmlText::underline(const QString &heading, int level)
{
    return heading + QLatin1Char('\n') + QString(heading.size(), level == 1 ? QLatin1Char('=') : QLatin1Char('-'));
}

} // namespace Myelin::Export
