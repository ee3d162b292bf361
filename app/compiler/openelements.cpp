// SPDX-License-Identifier: GPL-3.0-or-later
#include "openelements.h"

#include <QSet>
#include <QStringList>
#include <algorithm>

namespace Myelin::Compiler {

namespace {

using Names = std::initializer_list<const char *>;

bool isOneOf(const QString &name, Names names)
{
    return std::any_of(names.begin(), names.end(), [&name](const char *n) { return name == QLatin1String(n); });
}

QSet<QString> nameSet(const char *names)
{
    const QStringList list = QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

using Element = OpenElements::Element;
using Space = OpenElements::Space;

struct Kinds
{
    // Never hold others; html, head and body merge into the ones that exist already; a <frameset>
    // inside an article is ignored.
    QSet<QString> neverOpen = nameSet("area base basefont bgsound br col embed frame hr img input keygen link meta "
                                      "param source track wbr html head body frameset");
    QSet<QString> tableOnly = nameSet("caption colgroup tbody td tfoot th thead tr");
    // End tags that close their element when it is in scope, with everything inside it.
    QSet<QString> endsInScope =
        nameSet("address article aside blockquote button center details dialog dir div dl fieldset figcaption "
                "figure footer header hgroup listing main menu nav ol pre search section summary ul applet marquee "
                "object dd dt template td th caption colgroup");
    QSet<QString> rawText = nameSet("script style xmp iframe noembed noframes textarea title");
    // Opened again by the parser when something closed them before their own end tag.
    QSet<QString> formatting = nameSet("a b big code em font i nobr s small strike strong tt u");
    // The standard's "special" HTML elements: the end tag of an ordinary element (</span>) closes
    // nothing beyond them.
    QSet<QString> special = nameSet(
        "address applet article aside blockquote button caption center colgroup dd details dialog dir div dl dt "
        "fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup html iframe li listing "
        "main marquee menu nav noembed noframes noscript object ol p plaintext pre script search section select "
        "style summary table tbody td template textarea tfoot th thead title tr ul xmp");
    // An end tag "in scope" closes nothing beyond these HTML elements.
    QSet<QString> scopeLimits = nameSet("applet caption html table td th marquee object template");
    // SVG and MathML elements whose content is HTML again; they are special and scope limits too.
    QSet<QString> svgIntegrationPoints = nameSet("foreignobject desc title");
    QSet<QString> mathIntegrationPoints = nameSet("mi mo mn ms mtext annotation-xml");
    // Start tags before which the parser does not open the closed formatting elements again.
    QSet<QString> noReconstruction =
        nameSet("address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
                "footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing "
                "form li dd dt plaintext table hr textarea frameset body html head base basefont bgsound link meta "
                "script style template title noframes caption col colgroup tbody td tfoot th thead tr rb rp rt "
                "rtc ruby");
    QSet<QString> closesParagraph =
        nameSet("address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
                "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li dd dt listing main menu nav ol p pre section "
                "summary table ul");
};

const Kinds &kinds()
{
    static const Kinds instance;
    return instance;
}

bool isIntegrationPoint(const Element &element)
{
    return (element.space == Space::Svg && kinds().svgIntegrationPoints.contains(element.name)) ||
           (element.space == Space::MathMl && kinds().mathIntegrationPoints.contains(element.name));
}

bool isSpecial(const Element &element)
{
    return element.space == Space::Html ? kinds().special.contains(element.name) : isIntegrationPoint(element);
}

bool isScopeLimit(const Element &element)
{
    return element.space == Space::Html ? kinds().scopeLimits.contains(element.name) : isIntegrationPoint(element);
}

bool isHtml(const Element &element, Names names)
{
    return element.space == Space::Html && isOneOf(element.name, names);
}

// The HTML element named name.
auto html(const QString &name)
{
    return [name](const Element &element) { return element.space == Space::Html && element.name == name; };
}

auto htmlOneOf(Names names)
{
    return [names](const Element &element) { return isHtml(element, names); };
}

auto inScope(Names stops)
{
    return [stops](const Element &element) { return isScopeLimit(element) || isHtml(element, stops); };
}

bool isHeading(const Element &element)
{
    return isHtml(element, {"h1", "h2", "h3", "h4", "h5", "h6"});
}

} // namespace

bool OpenElements::inForeign() const
{
    return !m_open.empty() && m_open.back().space != Space::Html && !isIntegrationPoint(m_open.back());
}

OpenElements::Content OpenElements::start(const QString &name, bool selfClosing)
{
    if (m_rough) {
        return roughStart(name, selfClosing);
    }
    if (m_select > 0) {
        // In a <select> the parser ignores all but a few tags; these end a <select> that holds only
        // options (a <select> inside one goes no further).
        if (isOneOf(name, {"select", "input", "keygen", "textarea"})) {
            const auto select = findSelect();
            const bool closed = select != m_open.end();
            closeFrom(select);
            if (name == QLatin1String("select") && closed) {
                return Content::Markup;
            }
        } else if (isOneOf(name, {"caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th"}) &&
                   std::any_of(m_open.cbegin(), m_open.cend(), html(QStringLiteral("table")))) {
            closeFrom(findSelect()); // a <select> in a table ends at the next part of the table
        } else if (!isOneOf(name, {"option", "optgroup", "script", "template"})) {
            return Content::Markup;
        }
    }
    if (name == QLatin1String("svg") || name == QLatin1String("math")) {
        m_rough = true; // SVG and MathML follow rules of their own
        return roughStart(name, selfClosing);
    }
    // Parts of a table outside any table (or template) are ignored.
    if (kinds().tableOnly.contains(name) &&
        std::none_of(m_open.cbegin(), m_open.cend(), htmlOneOf({"table", "template"}))) {
        return Content::Markup;
    }
    if (isOneOf(name, {"option", "optgroup"})) {
        popIf("option"); // anywhere, only an option that is the innermost element
        if (name == QLatin1String("optgroup")) {
            popIf("optgroup");
        }
    }
    if (m_select > 0) {
        if (name == QLatin1String("template")) {
            m_rough = true; // a template has insertion modes of its own
            return roughStart(name, selfClosing);
        }
        push(name, Space::Html);
        return name == QLatin1String("script") ? Content::RawText : Content::Markup;
    }
    if (name == QLatin1String("form")) {
        if (m_formOpen) {
            return Content::Markup; // a form inside a form is ignored
        }
        m_formOpen = true;
    }
    closeImplied(name); // <hr> and <img> end and reopen elements too
    if (!kinds().noReconstruction.contains(name)) {
        reconstruct();
    }
    if (kinds().neverOpen.contains(name)) {
        return Content::Markup;
    }
    push(name, Space::Html);
    if (isOneOf(name, {"template", "object", "applet", "marquee"})) {
        m_rough = true; // a template has insertion modes of its own; these leave marks the model does not keep
    }
    if (name == QLatin1String("plaintext")) {
        return Content::PlainText;
    }
    return kinds().rawText.contains(name) ? Content::RawText : Content::Markup;
}

void OpenElements::end(const QString &name)
{
    if (m_rough) { // <select> elements are no longer counted either
        if (!m_open.empty() && m_open.back().name == name) {
            m_open.pop_back();
        }
        return;
    }
    if (m_select > 0) {
        // The parser ignores end tags in a <select>, apart from its own and its options'.
        if (name == QLatin1String("select")) {
            closeFrom(findSelect());
        } else if (isOneOf(name, {"option", "optgroup"})) {
            popIf(name == QLatin1String("option") ? "option" : "optgroup");
        }
    } else if (isOneOf(name, {"table", "tbody", "thead", "tfoot", "tr"})) {
        // Ends the cells and rows open inside it too.
        closeFrom(find(html(name), htmlOneOf({"table", "template"})));
    } else if (kinds().formatting.contains(name)) {
        endFormatting(name);
    } else if (isOneOf(name, {"h1", "h2", "h3", "h4", "h5", "h6"})) {
        closeFrom(find(isHeading, inScope({}))); // any heading: <h2>...</h3> ends the <h2>
    } else if (name == QLatin1String("form")) {
        // Only the form itself is closed (after the elements whose end is implied); what it holds stays open.
        m_formOpen = false;
        const auto form = find(html(name), inScope({}));
        if (form != m_open.end()) {
            while (isHtml(m_open.back(), {"dd", "dt", "li", "option", "optgroup", "p", "rb", "rp", "rt", "rtc"})) {
                popFrom(std::prev(m_open.end()));
            }
            count(*form, -1);
            m_open.erase(form);
        }
    } else if (name == QLatin1String("li")) {
        closeFrom(find(html(name), inScope({"ol", "ul"})));
    } else if (name == QLatin1String("p")) {
        closeFrom(find(html(name), inScope({"button"})));
    } else if (kinds().endsInScope.contains(name)) {
        closeFrom(find(html(name), inScope({})));
    } else {
        closeFrom(find(html(name), isSpecial));
    }
}

void OpenElements::endFormatting(const QString &name)
{
    const auto element = find(html(name), inScope({}));
    if (element != m_open.end()) {
        const auto lastBlock = std::find_if(m_open.rbegin(), std::make_reverse_iterator(std::next(element)), isSpecial);
        if (lastBlock.base() == std::next(element)) {
            closeFrom(element); // no block inside it
            return;
        }
        // The adoption agency: the blocks inside stay open (each gets a copy of the element), with the
        // formatting elements between them; what is above the last block closes, and so do the
        // element and anything else between. What the parser does after that is not followed.
        m_rough = true;
        popFrom(lastBlock.base());
        std::vector<Element> kept;
        for (auto it = std::next(element); it != m_open.end(); ++it) {
            if (isSpecial(*it) || kinds().formatting.contains(it->name)) {
                kept.push_back(*it);
            }
        }
        m_open.erase(element, m_open.end());
        m_open.insert(m_open.end(), kept.cbegin(), kept.cend());
        return;
    }
    if (std::any_of(m_open.cbegin(), m_open.cend(), html(name))) {
        return; // open, but out of scope: the parser ignores the end tag
    }
    // The end of a formatting element that was closed before: the parser forgets it.
    const auto reopened = std::find(m_reopened.rbegin(), m_reopened.rend(), name);
    if (reopened != m_reopened.rend()) {
        m_reopened.erase(std::next(reopened).base());
    }
}

void OpenElements::closeImplied(const QString &name)
{
    // A new list item ends the open one, unless a block other than <address>, <div> or <p> is inside it
    // (this comes before the end of an open paragraph).
    const auto listItemStops = [](const Element &open) {
        return isSpecial(open) && !isHtml(open, {"address", "div", "p"});
    };
    if (name == QLatin1String("li")) {
        closeFrom(find(html(name), listItemStops));
    } else if (name == QLatin1String("dd") || name == QLatin1String("dt")) {
        closeFrom(find(htmlOneOf({"dd", "dt"}), listItemStops));
    }
    if (kinds().closesParagraph.contains(name)) {
        closeFrom(find(html(QStringLiteral("p")), inScope({"button"})));
    }
    if (name == QLatin1String("a") && std::any_of(m_open.cbegin(), m_open.cend(), htmlOneOf({"td", "th", "caption"}))) {
        m_rough = true; // whether an open link ends depends on the parser's markers: not followed
    } else if (name == QLatin1String("a") || name == QLatin1String("nobr")) {
        // A link inside a link (or nobr inside nobr) ends the outer one first.
        endFormatting(name);
        if (name == QLatin1String("a")) {
            eraseAll(name);
        }
    } else if (name == QLatin1String("button")) {
        closeFrom(find(html(name), inScope({})));
    } else if (isOneOf(name, {"h1", "h2", "h3", "h4", "h5", "h6"}) && !m_open.empty() && isHeading(m_open.back())) {
        closeFrom(std::prev(m_open.end()));
    } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
        closeInTable({"td", "th"});
    } else if (name == QLatin1String("tr")) {
        closeInTable({"tr", "td", "th"});
    } else if (isOneOf(name, {"tbody", "thead", "tfoot"})) {
        closeInTable({"tbody", "thead", "tfoot", "tr", "td", "th"});
    }
}

// After what this model does not follow: every tag opens an element (but void ones outside SVG and
// MathML, and "/>" inside), and only the end tag of the innermost element closes it. The parser
// never has more elements open than that, apart from those it adds itself (such as <tbody>).
OpenElements::Content OpenElements::roughStart(const QString &name, bool selfClosing)
{
    const bool foreign = inForeign();
    if (foreign ? selfClosing : kinds().neverOpen.contains(name)) {
        return Content::Markup;
    }
    Space space = Space::Html;
    if (foreign) {
        space = m_open.back().space;
    } else if (name == QLatin1String("svg")) {
        space = Space::Svg;
    } else if (name == QLatin1String("math")) {
        space = Space::MathMl;
    }
    m_open.push_back(Element{name, space});
    return Content::Markup; // no raw text: tags in it are counted too
}

void OpenElements::text()
{
    if (!m_rough && !inForeign() && m_select == 0) {
        reconstruct();
    }
}

// Opens the formatting elements closed early again, as the parser does before text and most tags.
void OpenElements::reconstruct()
{
    for (const QString &name : m_reopened) {
        m_open.push_back(Element{name, Space::Html});
    }
    m_reopened.clear();
}

// The innermost open element that matches, unless one that stops comes first; m_open.end() if none.
template <typename Match, typename Stop> OpenElements::Iterator OpenElements::find(const Match &match, const Stop &stop)
{
    for (auto it = m_open.end(); it != m_open.begin();) {
        --it;
        if (match(*it)) {
            return it;
        }
        if (stop(*it)) {
            break;
        }
    }
    return m_open.end();
}

// An open <select> with only options inside it, as the parser's "select scope" requires.
OpenElements::Iterator OpenElements::findSelect()
{
    return find(html(QStringLiteral("select")), [](const Element &open) {
        return !isHtml(open, {"option", "optgroup"});
    });
}

// Closes the first of names, in this order, that is open in the innermost table.
void OpenElements::closeInTable(Names names)
{
    for (const char *name : names) {
        const auto element = find(html(QLatin1String(name)), htmlOneOf({"table", "template"}));
        if (element != m_open.end()) {
            closeFrom(element);
            return;
        }
    }
}

// Closes first and everything after it (nothing if first is m_open.end()).
void OpenElements::closeFrom(Iterator first)
{
    if (first == m_open.end()) {
        return;
    }
    popFrom(std::next(first));
    count(m_open.back(), -1);
    m_open.pop_back();
}

// Closes everything from first on, which ends before its own end tag: the parser opens the
// formatting elements among them again.
void OpenElements::popFrom(Iterator first)
{
    for (auto it = first; it != m_open.end(); ++it) {
        if (it->space == Space::Html && kinds().formatting.contains(it->name)) {
            m_reopened.push_back(it->name);
        }
        count(*it, -1);
    }
    m_open.erase(first, m_open.end());
}

// Removes every open or reopened element named name, and nothing else.
void OpenElements::eraseAll(const QString &name)
{
    m_open.erase(std::remove_if(m_open.begin(), m_open.end(), html(name)), m_open.end());
    m_reopened.erase(std::remove(m_reopened.begin(), m_reopened.end(), name), m_reopened.end());
}

void OpenElements::popIf(const char *name)
{
    if (!m_open.empty() && isHtml(m_open.back(), {name})) {
        count(m_open.back(), -1);
        m_open.pop_back();
    }
}

void OpenElements::push(const QString &name, Space space)
{
    m_open.push_back(Element{name, space});
    count(m_open.back(), 1);
}

// Counts the <select> elements that are open (inside <svg> a <select> is an SVG element).
void OpenElements::count(const Element &element, int change)
{
    if (element.space == Space::Html && element.name == QLatin1String("select")) {
        m_select += change;
    }
}

} // namespace Myelin::Compiler
