// SPDX-License-Identifier: GPL-3.0-or-later
// A model of the HTML5 parser's stack of open elements, for findDeepNesting(). It follows the tree
// construction rules that close elements (end tags, implied ends, list items, paragraphs, tables,
// <select>, formatting elements closed early and opened again), so its depth is never less than the
// parser's, apart from elements the parser adds itself (<tbody> and <tr> in a table). What it does not
// follow (SVG, MathML, <template>, <object>, a formatting element ended around a block) switches it to
// a rough count for the rest of the text, which only an end tag of the innermost element reduces.
// Random tag soup checked against gumbo is in tests/compiler/tst_compiler_nesting.cpp. Each step costs
// at most the depth, and the caller stops at a small limit: the whole check is linear.
#ifndef MYELIN_COMPILER_OPENELEMENTS_H
#define MYELIN_COMPILER_OPENELEMENTS_H

#include <QString>
#include <vector>

namespace Myelin::Compiler {

class OpenElements
{
public:
    // What follows a start tag.
    enum class Content
    {
        Markup,
        RawText,   // text up to the element's end tag (<script>, <style>, <textarea>...)
        PlainText, // text to the end (<plaintext>)
    };

    // A start tag (name in lower case); "/>" only counts inside SVG and MathML.
    Content start(const QString &name, bool selfClosing);
    // An end tag (name in lower case).
    void end(const QString &name);
    // Text between tags.
    void text();
    // The open elements, and the formatting elements the parser will open again.
    int depth() const { return int(m_open.size() + m_reopened.size()); }

    enum class Space
    {
        Html,
        Svg,
        MathMl,
    };
    struct Element
    {
        QString name;
        Space space = Space::Html;
    };

private:
    using Iterator = std::vector<Element>::iterator;

    bool inForeign() const;
    Content roughStart(const QString &name, bool selfClosing);
    void closeImplied(const QString &name);
    void reconstruct();
    void endFormatting(const QString &name);
    template <typename Match, typename Stop> Iterator find(const Match &match, const Stop &stop);
    Iterator findSelect();
    void closeInTable(std::initializer_list<const char *> names);
    void closeFrom(Iterator first);
    void popFrom(Iterator first);
    void eraseAll(const QString &name);
    void popIf(const char *name);
    void push(const QString &name, Space space);
    void count(const Element &element, int change);

    std::vector<Element> m_open;
    std::vector<QString> m_reopened; // formatting elements closed early, to be opened again
    int m_select = 0;                // open <select> elements
    bool m_rough = false;            // after a rule this model does not follow: see roughStart()
    bool m_formOpen = false;         // a <form> started and not ended (another one is ignored)
};

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_OPENELEMENTS_H
