// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "core/contenturl.h"
#include "formats.h"
#include "htmlsanitizer.h"
#include "urlpolicy.h"

#include <QSet>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace Myelin::Compiler {

namespace {

// UNSAFE keeps raw HTML: it is safe only because all output goes through the sanitiser.
constexpr int ParseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8;
constexpr const char *Extensions[] = {"table", "autolink", "strikethrough", "tagfilter"};
// Tags the tagfilter extension turns into text; the author is told about them.
constexpr const char *FilteredTags[] = {"title",   "textarea", "style",  "xmp",      "iframe",
                                        "noembed", "noframes", "script", "plaintext"};
// Document-level tags the HTML parser ignores inside an article (with their attributes).
constexpr const char *IgnoredTags[] = {"html", "head", "body", "frameset"};

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

struct IterDeleter
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

QString fromCmark(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// The first line of the node or of its nearest ancestor that has one.
int lineOf(cmark_node *node)
{
    for (cmark_node *current = node; current != nullptr; current = cmark_node_parent(current)) {
        const int line = cmark_node_get_start_line(current);
        if (line > 0) {
            return line;
        }
    }
    return 0;
}

QString plainTextOf(cmark_node *node)
{
    QString text;
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(node));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(current);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
            text.append(fromCmark(cmark_node_get_literal(current)));
        } else if (event == CMARK_EVENT_ENTER && type == CMARK_NODE_SOFTBREAK) {
            text.append(QLatin1Char(' '));
        }
    }
    return text;
}

// Which of tags open in the raw HTML text ("<script", "<SCRIPT >", "<script/"...).
template <std::size_t N> QStringList openedTags(const QString &html, const char *const (&tags)[N])
{
    QStringList found;
    const QString lower = html.toLower();
    for (const char *tag : tags) {
        const QString opening = QLatin1Char('<') + QLatin1String(tag);
        qsizetype from = 0;
        while ((from = lower.indexOf(opening, from)) >= 0) {
            const qsizetype after = from + opening.size();
            from = after;
            if (after >= lower.size() || lower.at(after).isSpace() || lower.at(after) == QLatin1Char('>') ||
                lower.at(after) == QLatin1Char('/')) {
                found.append(QLatin1String(tag));
                break;
            }
        }
    }
    return found;
}

class Renderer
{
public:
    Renderer(const LinkTargets &targets, const QStringList &sourceTitles)
        : m_targets(targets), m_sourceTitles(sourceTitles)
    {}

    RenderedMarkdown render(const QString &markdown)
    {
        static std::once_flag registered;
        std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);

        const std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(ParseOptions));
        for (const char *name : Extensions) {
            if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name)) {
                cmark_parser_attach_syntax_extension(parser.get(), extension);
            }
        }
        const QByteArray utf8 = markdown.toUtf8();
        cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
        const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
        if (!document) {
            return {};
        }
        const QList<FigureSentence> figures = findFigures(document.get());
        rewrite(document.get());

        cmark_mem *memory = cmark_get_default_mem_allocator();
        char *rendered = cmark_render_html_with_mem(document.get(), ParseOptions,
                                                    cmark_parser_get_syntax_extensions(parser.get()), memory);
        const QString html = fromCmark(rendered);
        memory->free(rendered);

        SanitizedHtml clean = sanitizeHtml(html, m_targets);
        m_issues.append(clean.issues);
        return RenderedMarkdown{clean.html, clean.text, m_issues, figures};
    }

private:
    void issue(Severity severity, cmark_node *node, const QString &message)
    {
        m_issues.append(Issue{severity, lineOf(node), message});
    }

    void rewrite(cmark_node *document)
    {
        std::vector<cmark_node *> nodes;
        {
            const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document));
            cmark_event_type event;
            while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
                if (event != CMARK_EVENT_ENTER) {
                    continue;
                }
                cmark_node *node = cmark_iter_get_node(iter.get());
                switch (cmark_node_get_type(node)) {
                case CMARK_NODE_LINK:
                case CMARK_NODE_IMAGE:
                case CMARK_NODE_HEADING:
                case CMARK_NODE_HTML_BLOCK:
                case CMARK_NODE_HTML_INLINE:
                    nodes.push_back(node);
                    break;
                default:
                    break;
                }
            }
        }
        // Heading ids in document order, so "-2" suffixes follow the text.
        std::map<cmark_node *, QString> headingIds;
        QSet<QString> usedIds;
        for (cmark_node *node : nodes) {
            if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
                const QString base = slugify(plainTextOf(node));
                QString id = base;
                for (int n = 2; usedIds.contains(id); ++n) {
                    id = base + QLatin1Char('-') + QString::number(n);
                }
                usedIds.insert(id);
                headingIds[node] = id;
            }
        }
        // Changes in reverse order: a node's descendants are handled before it is moved or freed.
        for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
            cmark_node *node = *it;
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_LINK:
                rewriteLink(node);
                break;
            case CMARK_NODE_IMAGE:
                rewriteImage(node);
                break;
            case CMARK_NODE_HEADING:
                rewriteHeading(node, headingIds[node]);
                break;
            default:
                markRawHtml(node);
                break;
            }
        }
    }

    // Replaces a link by its content (the text stays, the link goes).
    static void unwrap(cmark_node *node)
    {
        while (cmark_node *child = cmark_node_first_child(node)) {
            if (!cmark_node_insert_before(node, child)) {
                break;
            }
        }
        cmark_node_free(node);
    }

    static void setUrl(cmark_node *node, const QString &url) { cmark_node_set_url(node, url.toUtf8().constData()); }

    void rewriteLink(cmark_node *node)
    {
        const QString raw = fromCmark(cmark_node_get_url(node));
        const QString url = cleanUrl(raw);
        const QString scheme = urlScheme(url);
        const QString rest = url.mid(scheme.size() + 1);
        if (scheme == QLatin1String("article")) {
            const QString slug = rest.section(QLatin1Char('#'), 0, 0);
            if (!m_targets.articles.contains(slug)) {
                issue(Severity::Error, node, QStringLiteral("link to unknown article '%1'").arg(displayUrl(slug)));
                unwrap(node);
                return;
            }
            setUrl(node, ContentUrl::href(ContentUrl::Kind::Article, rest));
        } else if (scheme == QLatin1String("glossary")) {
            if (!m_targets.glossary.contains(rest)) {
                issue(Severity::Error, node,
                      QStringLiteral("link to unknown glossary term '%1'").arg(displayUrl(rest)));
                unwrap(node);
                return;
            }
            setUrl(node, ContentUrl::href(ContentUrl::Kind::Glossary, rest));
        } else if (scheme == QLatin1String("source")) {
            rewriteCitation(node, rest);
        } else if (scheme == QLatin1String("image")) {
            issue(Severity::Warning, node,
                  QStringLiteral("link to '%1' removed: show images with ![description](image:name)")
                      .arg(displayUrl(raw)));
            unwrap(node);
        } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                   scheme == QLatin1String("mailto") || (scheme.isEmpty() && url.startsWith(QLatin1Char('#')))) {
            return;
        } else {
            issue(Severity::Warning, node,
                  QStringLiteral("link to '%1' removed: only http, https, mailto, article:, glossary:, source: and "
                                 "#section links are allowed")
                      .arg(displayUrl(raw)));
            unwrap(node);
        }
    }

    // [N](source:N) -> <sup><a class="cite" href="#source-N" title="Source N: title">[N]</a></sup>; the
    // link's own text is replaced, so what readers see always matches the Sources list.
    void rewriteCitation(cmark_node *node, const QString &number)
    {
        bool ok = false;
        const int n = number.toInt(&ok);
        if (!ok || n < 1 || n > m_sourceTitles.size()) {
            issue(Severity::Error, node,
                  QStringLiteral("citation 'source:%1' points at no source: the front matter lists %2 (write "
                                 "source:1 to source:%2)")
                      .arg(displayUrl(number))
                      .arg(m_sourceTitles.size()));
            unwrap(node);
            return;
        }
        const QString title = QStringLiteral("Source %1: %2").arg(n).arg(m_sourceTitles.at(n - 1));
        cmark_node *cite = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, cmark_get_default_mem_allocator());
        const QByteArray open = QStringLiteral("<sup><a class=\"cite\" href=\"#source-%1\" title=\"%2\">")
                                    .arg(n)
                                    .arg(title.toHtmlEscaped())
                                    .toUtf8();
        cmark_node_set_on_enter(cite, open.constData());
        cmark_node_set_on_exit(cite, "</a></sup>");
        cmark_node *text = cmark_node_new_with_mem(CMARK_NODE_TEXT, cmark_get_default_mem_allocator());
        cmark_node_set_literal(text, QStringLiteral("[%1]").arg(n).toUtf8().constData());
        cmark_node_append_child(cite, text);
        if (cmark_node_replace(node, cite)) {
            cmark_node_free(node);
        } else {
            cmark_node_free(cite);
        }
    }

    void rewriteImage(cmark_node *node)
    {
        const QString raw = fromCmark(cmark_node_get_url(node));
        const QString url = cleanUrl(raw);
        if (urlScheme(url) == QLatin1String("image")) {
            const QString name = url.mid(6);
            if (m_targets.images.contains(name)) {
                setUrl(node, ContentUrl::href(ContentUrl::Kind::Image, name));
                return;
            }
            issue(Severity::Error, node,
                  QStringLiteral("unknown image '%1': it is not in images/images.yaml").arg(displayUrl(name)));
        } else {
            issue(Severity::Warning, node,
                  QStringLiteral("image '%1' removed: only image:name pictures from images/images.yaml can be shown "
                                 "(no remote images)")
                      .arg(displayUrl(raw)));
        }
        cmark_node_free(node);
    }

    // Headings become custom blocks that write <hN id="..."> themselves; level 1 becomes level 2
    // (the page title is the only level-1 heading).
    static void rewriteHeading(cmark_node *node, const QString &id)
    {
        const int level = qBound(2, cmark_node_get_heading_level(node), 6);
        cmark_node *heading = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, cmark_get_default_mem_allocator());
        const QByteArray open = QStringLiteral("<h%1 id=\"%2\" data-sourcepos=\"%3:1-%3:1\">")
                                    .arg(level)
                                    .arg(id)
                                    .arg(cmark_node_get_start_line(node))
                                    .toUtf8();
        const QByteArray close = QStringLiteral("</h%1>").arg(level).toUtf8();
        cmark_node_set_on_enter(heading, open.constData());
        cmark_node_set_on_exit(heading, close.constData());
        while (cmark_node *child = cmark_node_first_child(node)) {
            if (!cmark_node_append_child(heading, child)) {
                break;
            }
        }
        if (cmark_node_replace(node, heading)) {
            cmark_node_free(node);
        } else {
            cmark_node_free(heading);
        }
    }

    // Raw HTML: put a line marker before it so the sanitiser can name the line of what it removes,
    // and tell about tags the tagfilter extension shows as text.
    void markRawHtml(cmark_node *node)
    {
        const int line = lineOf(node);
        const QString literal = fromCmark(cmark_node_get_literal(node));
        for (const QString &tag : openedTags(literal, FilteredTags)) {
            issue(Severity::Warning, node,
                  QStringLiteral("raw HTML <%1> is not allowed and is shown as text").arg(tag));
        }
        for (const QString &tag : openedTags(literal, IgnoredTags)) {
            issue(Severity::Warning, node, QStringLiteral("raw HTML <%1> is not allowed and is removed").arg(tag));
        }
        if (line <= 0) {
            return;
        }
        cmark_node *marker = cmark_node_new_with_mem(cmark_node_get_type(node), cmark_get_default_mem_allocator());
        cmark_node_set_literal(marker, QStringLiteral("<!--myelin-line:%1-->").arg(line).toUtf8().constData());
        if (!cmark_node_insert_before(node, marker)) {
            cmark_node_free(marker);
        }
    }

    const LinkTargets &m_targets;
    const QStringList m_sourceTitles;
    QList<Issue> m_issues;
};

} // namespace

RenderedMarkdown renderMarkdown(const QString &markdown, const LinkTargets &targets, const QStringList &sourceTitles)
{
    return Renderer(targets, sourceTitles).render(markdown);
}

} // namespace Myelin::Compiler
