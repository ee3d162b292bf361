// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include "buildlimits.h"
#include "core/contenturl.h"
#include "nestingcheck.h"
#include "urlpolicy.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <gumbo.h>
#include <memory>
#include <utility>
#include <vector>

namespace Myelin::Compiler {

namespace {

// Removed together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> names = {
        QStringLiteral("script"),    QStringLiteral("style"),    QStringLiteral("iframe"),   QStringLiteral("object"),
        QStringLiteral("embed"),     QStringLiteral("form"),     QStringLiteral("input"),    QStringLiteral("button"),
        QStringLiteral("textarea"),  QStringLiteral("select"),   QStringLiteral("svg"),      QStringLiteral("math"),
        QStringLiteral("template"),  QStringLiteral("noscript"), QStringLiteral("link"),     QStringLiteral("meta"),
        QStringLiteral("base"),      QStringLiteral("title"),    QStringLiteral("frame"),    QStringLiteral("frameset"),
        QStringLiteral("applet"),    QStringLiteral("noembed"),  QStringLiteral("noframes"), QStringLiteral("xmp"),
        QStringLiteral("plaintext"), QStringLiteral("param"),    QStringLiteral("source"),   QStringLiteral("track"),
        QStringLiteral("audio"),     QStringLiteral("video"),    QStringLiteral("canvas"),   QStringLiteral("head"),
        QStringLiteral("option"),    QStringLiteral("optgroup"), QStringLiteral("datalist"), QStringLiteral("keygen"),
        QStringLiteral("portal"),    QStringLiteral("dialog"),   QStringLiteral("slot"),
    };
    return names;
}

const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = {
        QStringLiteral("p"),          QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),     QStringLiteral("h6"),
        QStringLiteral("ul"),         QStringLiteral("ol"),     QStringLiteral("li"),
        QStringLiteral("a"),          QStringLiteral("em"),     QStringLiteral("strong"),
        QStringLiteral("del"),        QStringLiteral("code"),   QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("hr"),     QStringLiteral("br"),
        QStringLiteral("table"),      QStringLiteral("thead"),  QStringLiteral("tbody"),
        QStringLiteral("tr"),         QStringLiteral("th"),     QStringLiteral("td"),
        QStringLiteral("img"),        QStringLiteral("figure"), QStringLiteral("figcaption"),
        QStringLiteral("abbr"),       QStringLiteral("sub"),    QStringLiteral("sup"),
        QStringLiteral("kbd"),        QStringLiteral("mark"),   QStringLiteral("details"),
        QStringLiteral("summary"),    QStringLiteral("span"),
    };
    return names;
}

// Elements that start a new line of the plain text.
const QSet<QString> &textBlocks()
{
    static const QSet<QString> names = {
        QStringLiteral("p"),       QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),     QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("li"),      QStringLiteral("pre"),    QStringLiteral("blockquote"), QStringLiteral("table"),
        QStringLiteral("thead"),   QStringLiteral("tbody"),  QStringLiteral("tr"),         QStringLiteral("th"),
        QStringLiteral("td"),      QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("details"),
        QStringLiteral("summary"), QStringLiteral("div"),    QStringLiteral("section"),    QStringLiteral("article"),
        QStringLiteral("header"),  QStringLiteral("footer"), QStringLiteral("aside"),      QStringLiteral("nav"),
        QStringLiteral("main"),    QStringLiteral("center"), QStringLiteral("address"),    QStringLiteral("dl"),
        QStringLiteral("dt"),      QStringLiteral("dd"),     QStringLiteral("caption"),    QStringLiteral("h1"),
    };
    return names;
}

bool isHeading(const QString &name)
{
    return name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('2') &&
           name.at(1) <= QLatin1Char('6');
}

bool isVoid(const QString &name)
{
    return name == QLatin1String("img") || name == QLatin1String("br") || name == QLatin1String("hr");
}

QString escapeText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            result.append(QLatin1String("&amp;"));
            break;
        case '<':
            result.append(QLatin1String("&lt;"));
            break;
        case '>':
            result.append(QLatin1String("&gt;"));
            break;
        case 0xa0:
            result.append(QLatin1String("&nbsp;"));
            break;
        default:
            result.append(c);
        }
    }
    return result;
}

QString escapeAttribute(const QString &text)
{
    QString result = escapeText(text);
    result.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return result;
}

// Only class names made of letters, digits, '-' and '_' are kept.
QString cleanClassList(const QString &value)
{
    static const QRegularExpression validClass(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QStringList kept;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList classes = value.split(spaces, Qt::SkipEmptyParts);
    for (const QString &name : classes) {
        if (validClass.match(name).hasMatch()) {
            kept.append(name);
        }
    }
    return kept.join(QLatin1Char(' '));
}

QString tagName(const GumboNode *node)
{
    const GumboElement &element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN) {
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    }
    GumboStringPiece piece = element.original_tag;
    if (piece.data == nullptr || piece.length == 0) {
        return QStringLiteral("unknown");
    }
    gumbo_tag_from_original_text(&piece);
    QString name = QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString attributeValue(const GumboNode *node, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

using Attributes = std::vector<std::pair<QString, QString>>;

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

class Sanitizer
{
public:
    explicit Sanitizer(const LinkTargets &targets) : m_targets(targets) {}

    SanitizedHtml run(const QString &html)
    {
        // The parser's time grows with depth times length: measure the depth first.
        if (const auto line = findDeepNesting(html, Limits::NestingDepth)) {
            m_issues.append(Issue{Severity::Error, *line, deepNestingMessage(Limits::NestingDepth)});
            return SanitizedHtml{{}, {}, m_issues};
        }
        const QByteArray utf8 = html.toUtf8();
        GumboOptions options = kGumboDefaultOptions;
        options.fragment_context = GUMBO_TAG_BODY;
        options.fragment_namespace = GUMBO_NAMESPACE_HTML;
        options.max_errors = 0;
        const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
            gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
        if (output && output->root && output->root->type == GUMBO_NODE_ELEMENT) {
            walk(output->root);
        }
        if (m_tooDeep) {
            return SanitizedHtml{{}, {}, m_issues};
        }
        return SanitizedHtml{m_html, m_text, m_issues};
    }

private:
    struct Frame
    {
        const GumboVector *children = nullptr;
        unsigned int next = 0;
        QString closing;         // end tag to write after the children ("" for unwrapped elements)
        bool block = false;      // ends a line of the plain text
        qsizetype trimFrom = -1; // for headings: where the content starts in m_html, to trim spaces
    };

    // Removes the white space at both ends of the HTML written since from (a heading's content).
    void trimContent(qsizetype from)
    {
        qsizetype start = from;
        while (start < m_html.size() && m_html.at(start).isSpace()) {
            ++start;
        }
        m_html.remove(from, start - from);
        while (m_html.size() > from && m_html.back().isSpace()) {
            m_html.chop(1);
        }
    }

    // Depth-first over the tree with an explicit stack, so deep nesting cannot overflow the C++ stack.
    void walk(const GumboNode *root)
    {
        m_stack.push_back(Frame{&root->v.element.children, 0, {}, false});
        while (!m_stack.empty()) {
            Frame &frame = m_stack.back();
            if (frame.next >= frame.children->length) {
                if (frame.trimFrom >= 0) {
                    trimContent(frame.trimFrom);
                }
                m_html.append(frame.closing);
                if (frame.block) {
                    m_text.append(QLatin1Char('\n'));
                }
                m_stack.pop_back();
                continue;
            }
            const auto *child = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
            visit(child); // may push: frame is not used after this
            // findDeepNesting() does not count elements the parser adds itself (<tbody>, <tr>).
            if (int(m_stack.size()) - 1 > Limits::NestingDepth) {
                m_issues.append(Issue{Severity::Error, m_line, deepNestingMessage(Limits::NestingDepth)});
                m_tooDeep = true;
                return;
            }
        }
    }

    void visit(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
            const QString text = QString::fromUtf8(node->v.text.text);
            m_html.append(escapeText(text));
            m_text.append(text);
            break;
        }
        case GUMBO_NODE_COMMENT:
            readLineMarker(QString::fromUtf8(node->v.text.text));
            break;
        case GUMBO_NODE_TEMPLATE:
            warn(QStringLiteral("<template> removed with its content"));
            break;
        case GUMBO_NODE_ELEMENT:
            element(node);
            break;
        case GUMBO_NODE_DOCUMENT:
            break;
        }
    }

    void warn(const QString &message) { m_issues.append(Issue{Severity::Warning, m_line, message}); }

    void readLineMarker(const QString &comment)
    {
        static const QRegularExpression marker(QStringLiteral("^myelin-line:([0-9]{1,9})$"));
        const QRegularExpressionMatch match = marker.match(comment);
        if (match.hasMatch()) {
            m_line = match.captured(1).toInt();
        }
    }

    void readSourcePosition(const GumboNode *node)
    {
        static const QRegularExpression position(QStringLiteral("^([0-9]{1,9}):"));
        const QRegularExpressionMatch match = position.match(attributeValue(node, "data-sourcepos"));
        if (match.hasMatch()) {
            m_line = match.captured(1).toInt();
        }
    }

    void push(const GumboNode *node, const QString &closing, bool block)
    {
        m_stack.push_back(Frame{&node->v.element.children, 0, closing, block});
    }

    void startBlockText(bool block)
    {
        if (block) {
            m_text.append(QLatin1Char('\n'));
        }
    }

    void element(const GumboNode *node)
    {
        readSourcePosition(node);
        QString name = tagName(node);
        if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML || droppedWithContent().contains(name)) {
            warn(QStringLiteral("<%1> removed with its content").arg(name));
            return;
        }
        if (name == QLatin1String("h1")) {
            name = QStringLiteral("h2");
        }
        const bool block = textBlocks().contains(name);
        if (!allowedElements().contains(name)) {
            warn(QStringLiteral("<%1> removed (its text is kept)").arg(name));
            startBlockText(block);
            push(node, {}, block);
            return;
        }
        if (name == QLatin1String("p") && writeFigure(node)) {
            return;
        }
        const Attributes attributes = allowedAttributes(name, node);
        if (name == QLatin1String("a") && !hasValue(attributes, "href")) {
            push(node, {}, false); // a link that goes nowhere: keep its text only
            return;
        }
        if (name == QLatin1String("img") && !hasValue(attributes, "src")) {
            return;
        }
        m_html.append(QLatin1Char('<') + name);
        for (const auto &[attribute, value] : attributes) {
            m_html.append(QStringLiteral(" %1=\"%2\"").arg(attribute, escapeAttribute(value)));
        }
        m_html.append(QLatin1Char('>'));
        startBlockText(block);
        if (name == QLatin1String("br") || name == QLatin1String("hr")) {
            m_text.append(QLatin1Char('\n'));
        }
        if (!isVoid(name)) {
            push(node, QStringLiteral("</%1>").arg(name), block);
            if (isHeading(name)) {
                m_stack.back().trimFrom = m_html.size();
            }
        }
    }

    static bool hasValue(const Attributes &attributes, const char *name)
    {
        for (const auto &attribute : attributes) {
            if (attribute.first == QLatin1String(name)) {
                return true;
            }
        }
        return false;
    }

    // The attributes to write for an allowed element, in a fixed order; reports what is dropped.
    Attributes allowedAttributes(const QString &name, const GumboNode *node)
    {
        reportDroppedAttributes(name, node);
        Attributes result;
        if (name == QLatin1String("a")) {
            linkAttributes(node, result);
        } else if (name == QLatin1String("img")) {
            if (hasAttribute(node, "src")) {
                const QString src = attributeValue(node, "src");
                if (const auto image = checkImageSource(src, m_targets)) {
                    QString alt = attributeValue(node, "alt").trimmed();
                    if (alt.isEmpty()) {
                        alt = m_targets.images.value(*image).alt;
                    }
                    result.emplace_back(QStringLiteral("src"), ContentUrl::href(ContentUrl::Kind::Image, *image));
                    result.emplace_back(QStringLiteral("alt"), alt);
                } else {
                    warn(QStringLiteral("image '%1' removed: only images listed in images/images.yaml can be shown")
                             .arg(displayUrl(src)));
                }
            } else {
                warn(QStringLiteral("<img> without src removed"));
            }
        } else if (name == QLatin1String("th") || name == QLatin1String("td")) {
            static const QRegularExpression align(QStringLiteral("^(left|center|right)$"));
            keepIfValid(node, "align", &align, name, result);
        } else if (name == QLatin1String("abbr")) {
            keepIfValid(node, "title", nullptr, name, result);
        } else if (isHeading(name)) {
            static const QRegularExpression id(QStringLiteral("^[a-z0-9_-]+$"));
            keepIfValid(node, "id", &id, name, result);
        } else if (name == QLatin1String("ol")) {
            static const QRegularExpression start(QStringLiteral("^-?[0-9]{1,9}$"));
            keepIfValid(node, "start", &start, name, result);
        } else if (name == QLatin1String("span") || name == QLatin1String("figure") ||
                   name == QLatin1String("figcaption")) {
            const QString classes = cleanClassList(attributeValue(node, "class"));
            if (!classes.isEmpty()) {
                result.emplace_back(QStringLiteral("class"), classes);
            }
        }
        return result;
    }

    // pattern: what the trimmed, lower-case value must match (compiled once by the caller); null keeps
    // the value as it is.
    void keepIfValid(const GumboNode *node, const char *attribute, const QRegularExpression *pattern,
                     const QString &element, Attributes &result)
    {
        if (!hasAttribute(node, attribute)) {
            return;
        }
        const QString value = attributeValue(node, attribute);
        const QString checked = pattern == nullptr ? value : value.trimmed().toLower();
        if (pattern != nullptr && !pattern->match(checked).hasMatch()) {
            warn(QStringLiteral("attribute %1=\"%2\" removed from <%3>")
                     .arg(QLatin1String(attribute), displayUrl(value), element));
            return;
        }
        result.emplace_back(QLatin1String(attribute), checked);
    }

    void linkAttributes(const GumboNode *node, Attributes &result)
    {
        if (!hasAttribute(node, "href")) {
            return;
        }
        const QString href = attributeValue(node, "href");
        const CheckedLink link = checkHref(href, m_targets);
        if (link.kind == LinkKind::Rejected) {
            warn(QStringLiteral("link to '%1' removed: only http, https, mailto, article, glossary and #section "
                                "links are allowed")
                     .arg(displayUrl(href)));
            return;
        }
        result.emplace_back(QStringLiteral("href"), link.url);
        QString title = attributeValue(node, "title");
        QString classes = cleanClassList(attributeValue(node, "class"));
        if (link.kind == LinkKind::Glossary) {
            title = m_targets.glossary.value(link.target);
            classes = QStringLiteral("term");
        } else if (link.kind == LinkKind::External) {
            classes = QStringLiteral("external");
        } else if (link.kind == LinkKind::Fragment && href.startsWith(QLatin1String("#source-"))) {
            classes = QStringLiteral("cite"); // a citation marker (see the Markdown renderer)
        }
        if (!title.isEmpty()) {
            result.emplace_back(QStringLiteral("title"), title);
        }
        if (!classes.isEmpty()) {
            result.emplace_back(QStringLiteral("class"), classes);
        }
    }

    static bool attributeAllowed(const QString &element, const QString &attribute)
    {
        if (element == QLatin1String("a")) {
            return attribute == QLatin1String("href") || attribute == QLatin1String("title") ||
                   attribute == QLatin1String("class");
        }
        if (element == QLatin1String("img")) {
            return attribute == QLatin1String("src") || attribute == QLatin1String("alt");
        }
        if (element == QLatin1String("th") || element == QLatin1String("td")) {
            return attribute == QLatin1String("align");
        }
        if (element == QLatin1String("abbr")) {
            return attribute == QLatin1String("title");
        }
        if (isHeading(element)) {
            return attribute == QLatin1String("id");
        }
        if (element == QLatin1String("ol")) {
            return attribute == QLatin1String("start");
        }
        if (element == QLatin1String("span") || element == QLatin1String("figure") ||
            element == QLatin1String("figcaption")) {
            return attribute == QLatin1String("class");
        }
        return false;
    }

    void reportDroppedAttributes(const QString &element, const GumboNode *node)
    {
        const GumboVector &attributes = node->v.element.attributes;
        for (unsigned int i = 0; i < attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
            const QString name = QString::fromUtf8(attribute->name);
            // Written by cmark itself, not by the author: dropped silently.
            const bool generated = name == QLatin1String("data-sourcepos") ||
                                   (element == QLatin1String("code") && name == QLatin1String("class"));
            if (!generated && !attributeAllowed(element, name)) {
                warn(QStringLiteral("attribute '%1' removed from <%2>").arg(name, element));
            }
        }
    }

    // A paragraph that holds only an image becomes <figure> with the caption and credit from
    // images.yaml. Returns false (nothing written) for any other paragraph.
    bool writeFigure(const GumboNode *paragraph)
    {
        const GumboVector &children = paragraph->v.element.children;
        const GumboNode *image = nullptr;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_COMMENT) {
                continue;
            }
            if (image != nullptr || child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_IMG ||
                child->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
                return false;
            }
            image = child;
        }
        if (image == nullptr) {
            return false;
        }
        const auto name = checkImageSource(attributeValue(image, "src"), m_targets);
        if (!name) {
            return false;
        }
        const Attributes attributes = allowedAttributes(QStringLiteral("img"), image);
        const ImageInfo info = m_targets.images.value(*name);
        m_html.append(
            QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"><figcaption>%3 <span class=\"credit\">%4</span>"
                           "</figcaption></figure>")
                .arg(escapeAttribute(attributes.at(0).second), escapeAttribute(attributes.at(1).second),
                     escapeText(info.caption), escapeText(info.credit)));
        m_text.append(QLatin1Char('\n') + info.caption + QLatin1Char('\n'));
        return true;
    }

    const LinkTargets &m_targets;
    std::vector<Frame> m_stack;
    QString m_html;
    QString m_text;
    QList<Issue> m_issues;
    int m_line = 0;
    bool m_tooDeep = false;
};

} // namespace

SanitizedHtml sanitizeHtml(const QString &html, const LinkTargets &targets)
{
    return Sanitizer(targets).run(html);
}

} // namespace Myelin::Compiler
