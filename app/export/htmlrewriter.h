// SPDX-License-Identifier: GPL-3.0-or-later
// Changes an HTML page through a real HTML5 parser (gumbo), never by matching its text: the page is
// parsed into a tree the way a browser would parse it, a visitor sees every element (its name, its
// attributes with entities decoded, the text inside <style> and the like) and keeps, changes, unwraps
// or removes it, and the tree is written back as HTML.
//
// What comes out:
// - text and attribute values escaped (& < > and no-break space; " in attributes), so a value can never
//   end its attribute or start a tag;
// - void elements (<br>, <img>, <meta>...) without an end tag, every other element with one;
// - the text of raw-text elements (<style>, <script>, ...) unescaped, except that a "</name" that would
//   end the element early is written "<\/name";
// - the doctype kept; comments dropped (they carry nothing a reader sees, and old browsers gave some
//   of them meaning);
// - SVG and MathML with their proper names (viewBox, foreignObject, xlink:href);
// - element and attribute names that could not be written back unambiguously dropped (an element's
//   children are kept).
#ifndef MYELIN_EXPORT_HTMLREWRITER_H
#define MYELIN_EXPORT_HTMLREWRITER_H

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace Myelin::Export {

class HtmlRewriter
{
    class Writer;

public:
    enum class Input
    {
        Document, // a whole page: <html>, <head> and <body> are written even when the input left them out
        Fragment, // the inside of a <body>: written without <html>, <head> or <body>
    };

    enum class Namespace
    {
        Html,
        Svg,
        MathMl
    };

    enum class Action
    {
        Keep,   // write the element (with any changes the visitor made) and its children
        Unwrap, // leave the element out but keep its children
        Remove, // leave the element and everything inside it out
    };

    struct Attribute
    {
        QString name; // as written: lower case for HTML, "viewBox", "xlink:href" in SVG
        QString value;
    };

    // An element a visitor adds (a <meta> in <head>, say): its own text, no children.
    struct NewElement
    {
        QString name;
        QList<Attribute> attributes;
        QString text;
    };

    // What the visitor sees of one element and may change.
    class Element
    {
    public:
        QString name; // lower case for HTML elements; SVG's mixed-case names as the spec spells them
        Namespace ns = Namespace::Html;
        QList<Attribute> attributes;

        // Attribute names compare without regard to case.
        bool hasAttribute(QStringView attributeName) const;
        QString attribute(QStringView attributeName) const;
        void setAttribute(const QString &attributeName, const QString &value);
        void removeAttribute(QStringView attributeName);

        // The text directly inside the element, as parsed (for <style> or <script>: all of it).
        QString text() const;
        // Replaces everything inside the element by this text (escaped unless the element holds raw text).
        void setText(const QString &text) { m_newText = text; }

        // Adds an element before the first child, or after the last.
        void prependChild(const NewElement &child) { m_prepended.append(child); }
        void appendChild(const NewElement &child) { m_appended.append(child); }

    private:
        friend class HtmlRewriter;
        friend class HtmlRewriter::Writer;
        const void *m_node = nullptr; // the parsed GumboNode
        std::optional<QString> m_newText;
        QList<NewElement> m_prepended;
        QList<NewElement> m_appended;
    };

    // Called for each element before its children; elements inside a removed one are not visited.
    using Visitor = std::function<Action(Element &element)>;

    static QString rewrite(const QString &html, const Visitor &visitor, Input input = Input::Document);

    static QString escapeText(const QString &text);
    static QString escapeAttribute(const QString &value);

    // Elements with no end tag and no content: <br>, <img>, <meta>...
    static bool isVoidElement(const QString &name, Namespace ns = Namespace::Html);
    // Elements whose text is not escaped: <style>, <script>...
    static bool isRawTextElement(const QString &name, Namespace ns = Namespace::Html);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_HTMLREWRITER_H
