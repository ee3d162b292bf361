// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlrewriter.h"

#include <QStringList>
#include <gumbo.h>
#include <vector>

namespace Myelin::Export {

namespace {

using Action = HtmlRewriter::Action;
using Namespace = HtmlRewriter::Namespace;

// A name that reads back as the same single name: no spaces, quotes, '<', '>', '/', '=' or '&'.
bool writableName(const QString &name, bool element)
{
    if (name.isEmpty()) {
        return false;
    }
    if (element && !((name.at(0) >= QLatin1Char('a') && name.at(0) <= QLatin1Char('z')) ||
                     (name.at(0) >= QLatin1Char('A') && name.at(0) <= QLatin1Char('Z')))) {
        return false;
    }
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u == 0x7f || u == u'"' || u == u'\'' || u == u'<' || u == u'>' || u == u'/' || u == u'=' ||
            u == u'&') {
            return false;
        }
    }
    return true;
}

Namespace namespaceOf(const GumboElement &element)
{
    switch (element.tag_namespace) {
    case GUMBO_NAMESPACE_SVG:
        return Namespace::Svg;
    case GUMBO_NAMESPACE_MATHML:
        return Namespace::MathMl;
    case GUMBO_NAMESPACE_HTML:
        break;
    }
    return Namespace::Html;
}

QString elementName(const GumboElement &element)
{
    QString name;
    if (element.tag != GUMBO_TAG_UNKNOWN) {
        name = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    } else if (element.original_tag.data != nullptr && element.original_tag.length > 0) {
        GumboStringPiece piece = element.original_tag;
        gumbo_tag_from_original_text(&piece);
        // The tokenizer lower-cases tag names (ASCII only).
        name = QString::fromUtf8(piece.data, static_cast<qsizetype>(piece.length));
        for (QChar &c : name) {
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
                c = QChar(c.unicode() + (u'a' - u'A'));
            }
        }
    }
    if (element.tag_namespace == GUMBO_NAMESPACE_SVG && !name.isEmpty()) {
        const QByteArray utf8 = name.toUtf8();
        const GumboStringPiece piece{utf8.constData(), static_cast<size_t>(utf8.size())};
        if (const char *svg = gumbo_normalize_svg_tagname(&piece)) {
            name = QString::fromUtf8(svg);
        }
    }
    return name;
}

QString attributeName(const GumboAttribute &attribute)
{
    const QString name = QString::fromUtf8(attribute.name);
    switch (attribute.attr_namespace) {
    case GUMBO_ATTR_NAMESPACE_XLINK:
        return QStringLiteral("xlink:") + name;
    case GUMBO_ATTR_NAMESPACE_XML:
        return QStringLiteral("xml:") + name;
    case GUMBO_ATTR_NAMESPACE_XMLNS:
        return name == QLatin1String("xmlns") ? name : QStringLiteral("xmlns:") + name;
    case GUMBO_ATTR_NAMESPACE_NONE:
        break;
    }
    return name;
}

bool isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}

// In raw text, "</name" would end the element early; "<\/name" does not (and in CSS and JavaScript
// strings it still means "</name").
QString rawText(const QString &text, const QString &elementName)
{
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    qsizetype at = text.indexOf(QLatin1String("</"));
    while (at >= 0) {
        const QStringView after = QStringView(text).mid(at + 2, elementName.size());
        if (after.compare(elementName, Qt::CaseInsensitive) == 0) {
            result += QStringView(text).mid(last, at + 1 - last);
            result += QLatin1Char('\\');
            last = at + 1;
        }
        at = text.indexOf(QLatin1String("</"), at + 2);
    }
    result += QStringView(text).mid(last);
    return result;
}

// Where text is being written: inside which element, and whether that element holds raw text.
struct Context
{
    QString name;
    Namespace ns = Namespace::Html;
    bool raw = false;
};

} // namespace

class HtmlRewriter::Writer
{
public:
    explicit Writer(const HtmlRewriter::Visitor &visitor) : m_visitor(visitor) {}

    QString result() const { return m_out; }

    void doctype(const GumboDocument &document)
    {
        if (!document.has_doctype) {
            return;
        }
        const auto clean = [](const char *text) {
            QString value = QString::fromUtf8(text);
            value.remove(QLatin1Char('"'));
            value.remove(QLatin1Char('>'));
            return value;
        };
        QString name = clean(document.name).simplified();
        name.remove(QLatin1Char(' '));
        m_out += QStringLiteral("<!DOCTYPE ") + (name.isEmpty() ? QStringLiteral("html") : name);
        const QString publicId = clean(document.public_identifier);
        const QString systemId = clean(document.system_identifier);
        if (!publicId.isEmpty()) {
            m_out += QStringLiteral(" PUBLIC \"") + publicId + QLatin1Char('"');
            if (!systemId.isEmpty()) {
                m_out += QStringLiteral(" \"") + systemId + QLatin1Char('"');
            }
        } else if (!systemId.isEmpty()) {
            m_out += QStringLiteral(" SYSTEM \"") + systemId + QLatin1Char('"');
        }
        m_out += QStringLiteral(">\n");
    }

    // Writes a list of nodes and everything inside them. The tree is walked with a stack of its own
    // rather than by recursion, so however deeply a page nests its elements, it cannot exhaust the
    // call stack.
    void children(const GumboVector &nodes, const Context &context)
    {
        std::vector<Open> stack;
        stack.push_back(Open{&nodes, 0, context, {}, false, 0});
        while (!stack.empty()) {
            Open &top = stack.back();
            if (top.next < top.children->length) {
                const auto *node = static_cast<const GumboNode *>(top.children->data[top.next++]);
                const Context where = top.context; // top may move when an element is pushed
                if (isText(node)) {
                    text(QString::fromUtf8(node->v.text.text), where);
                } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
                    open(node, where, stack);
                }
                // Comments are dropped; a document node never appears inside another.
                continue;
            }
            if (top.element) {
                close(top);
            }
            stack.pop_back();
        }
    }

private:
    // An element being written: the children still to write, and how to end it.
    struct Open
    {
        const GumboVector *children = nullptr;
        unsigned int next = 0;
        Context context; // where its children are written
        std::optional<HtmlRewriter::Element> element;
        bool tagWritten = false;
        qsizetype contentStart = 0;
    };

    void text(const QString &value, const Context &context)
    {
        m_out += context.raw ? rawText(value, context.name) : HtmlRewriter::escapeText(value);
    }

    // Shows the element to the visitor and writes its start; its children follow from the stack.
    void open(const GumboNode *node, const Context &context, std::vector<Open> &stack)
    {
        static const GumboVector none{nullptr, 0, 0};
        const GumboElement &parsed = node->v.element;
        HtmlRewriter::Element element;
        element.name = elementName(parsed);
        element.ns = namespaceOf(parsed);
        for (unsigned int i = 0; i < parsed.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(parsed.attributes.data[i]);
            element.attributes.append({attributeName(*attribute), QString::fromUtf8(attribute->value)});
        }
        element.m_node = node;
        const Action action = m_visitor ? m_visitor(element) : Action::Keep;
        if (action == Action::Remove) {
            return;
        }
        const bool tag = action == Action::Keep && writableName(element.name, true);
        Context inside = context; // an unwrapped element's children stand where it stood
        if (tag) {
            startTag(element.name, element.attributes);
            if (HtmlRewriter::isVoidElement(element.name, element.ns)) {
                return;
            }
            inside = Context{element.name, element.ns, HtmlRewriter::isRawTextElement(element.name, element.ns)};
        }
        const qsizetype start = m_out.size();
        newElements(element.m_prepended, inside);
        const GumboVector *children = &parsed.children;
        if (element.m_newText) {
            text(*element.m_newText, inside);
            children = &none;
        }
        stack.push_back(Open{children, 0, inside, std::move(element), tag, start});
    }

    void close(const Open &open)
    {
        const HtmlRewriter::Element &element = *open.element;
        newElements(element.m_appended, open.context);
        if (!open.tagWritten) {
            return;
        }
        // The parser drops one newline straight after <pre>, <textarea> or <listing>.
        const QString lower = element.name.toLower();
        if (element.ns == Namespace::Html &&
            (lower == QLatin1String("pre") || lower == QLatin1String("textarea") ||
             lower == QLatin1String("listing")) &&
            m_out.size() > open.contentStart && m_out.at(open.contentStart) == QLatin1Char('\n')) {
            m_out.insert(open.contentStart, QLatin1Char('\n'));
        }
        m_out += QStringLiteral("</") + element.name + QLatin1Char('>');
    }

    void newElements(const QList<HtmlRewriter::NewElement> &elements, const Context &context)
    {
        if (context.raw) {
            return; // elements cannot be written inside raw text
        }
        for (const HtmlRewriter::NewElement &element : elements) {
            newElement(element, context.ns);
        }
    }

    void newElement(const HtmlRewriter::NewElement &element, Namespace ns)
    {
        if (!writableName(element.name, true)) {
            return;
        }
        startTag(element.name, element.attributes);
        if (HtmlRewriter::isVoidElement(element.name, ns)) {
            return;
        }
        text(element.text, Context{element.name, ns, HtmlRewriter::isRawTextElement(element.name, ns)});
        m_out += QStringLiteral("</") + element.name + QLatin1Char('>');
    }

    void startTag(const QString &name, const QList<HtmlRewriter::Attribute> &attributes)
    {
        m_out += QLatin1Char('<') + name;
        QStringList written;
        for (const HtmlRewriter::Attribute &attribute : attributes) {
            const QString key = attribute.name.toLower();
            // A parser keeps only the first of two attributes with one name.
            if (!writableName(attribute.name, false) || written.contains(key)) {
                continue;
            }
            written << key;
            m_out += QLatin1Char(' ') + attribute.name + QStringLiteral("=\"") +
                     HtmlRewriter::escapeAttribute(attribute.value) + QLatin1Char('"');
        }
        m_out += QLatin1Char('>');
    }

    const HtmlRewriter::Visitor &m_visitor;
    QString m_out;
};

bool HtmlRewriter::Element::hasAttribute(QStringView attributeName) const
{
    for (const Attribute &attribute : attributes) {
        if (QStringView(attribute.name).compare(attributeName, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString HtmlRewriter::Element::attribute(QStringView attributeName) const
{
    for (const Attribute &attribute : attributes) {
        if (QStringView(attribute.name).compare(attributeName, Qt::CaseInsensitive) == 0) {
            return attribute.value;
        }
    }
    return {};
}

void HtmlRewriter::Element::setAttribute(const QString &attributeName, const QString &value)
{
    for (Attribute &attribute : attributes) {
        if (QStringView(attribute.name).compare(attributeName, Qt::CaseInsensitive) == 0) {
            attribute.value = value;
            return;
        }
    }
    attributes.append({attributeName, value});
}

void HtmlRewriter::Element::removeAttribute(QStringView attributeName)
{
    attributes.removeIf([attributeName](const Attribute &attribute) {
        return QStringView(attribute.name).compare(attributeName, Qt::CaseInsensitive) == 0;
    });
}

QString HtmlRewriter::Element::text() const
{
    if (m_newText) {
        return *m_newText;
    }
    QString result;
    if (m_node == nullptr) {
        return result;
    }
    const GumboVector &children = static_cast<const GumboNode *>(m_node)->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isText(child)) {
            result += QString::fromUtf8(child->v.text.text);
        }
    }
    return result;
}

QString HtmlRewriter::rewrite(const QString &html, const Visitor &visitor, Input input)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // nothing reads the parse errors
    if (input == Input::Fragment) {
        options.fragment_context = GUMBO_TAG_BODY;
        options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    }
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), static_cast<size_t>(utf8.size()));
    Writer writer(visitor);
    if (input == Input::Fragment) {
        // The fragment's nodes are the children of the <html> element the parser made for them.
        writer.children(output->root->v.element.children, Context{QStringLiteral("body"), Namespace::Html, false});
    } else {
        writer.doctype(output->document->v.document);
        writer.children(output->document->v.document.children, Context{});
    }
    gumbo_destroy_output(&options, output);
    QString result = writer.result();
    if (input == Input::Document) {
        result += QLatin1Char('\n');
    }
    return result;
}

QString HtmlRewriter::escapeText(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            result += QLatin1String("&amp;");
            break;
        case u'<':
            result += QLatin1String("&lt;");
            break;
        case u'>':
            result += QLatin1String("&gt;");
            break;
        case 0x00a0:
            result += QLatin1String("&nbsp;");
            break;
        default:
            result += c;
        }
    }
    return result;
}

QString HtmlRewriter::escapeAttribute(const QString &value)
{
    QString result = escapeText(value);
    result.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return result;
}

bool HtmlRewriter::isVoidElement(const QString &name, Namespace ns)
{
    static const QStringList names = {QStringLiteral("area"),    QStringLiteral("base"),  QStringLiteral("basefont"),
                                      QStringLiteral("bgsound"), QStringLiteral("br"),    QStringLiteral("col"),
                                      QStringLiteral("embed"),   QStringLiteral("frame"), QStringLiteral("hr"),
                                      QStringLiteral("img"),     QStringLiteral("input"), QStringLiteral("keygen"),
                                      QStringLiteral("link"),    QStringLiteral("meta"),  QStringLiteral("param"),
                                      QStringLiteral("source"),  QStringLiteral("track"), QStringLiteral("wbr")};
    return ns == Namespace::Html && names.contains(name, Qt::CaseInsensitive);
}

bool HtmlRewriter::isRawTextElement(const QString &name, Namespace ns)
{
    static const QStringList names = {QStringLiteral("style"),    QStringLiteral("script"),  QStringLiteral("xmp"),
                                      QStringLiteral("iframe"),   QStringLiteral("noembed"), QStringLiteral("noframes"),
                                      QStringLiteral("plaintext")};
    return ns == Namespace::Html && names.contains(name, Qt::CaseInsensitive);
}

} // namespace Myelin::Export
