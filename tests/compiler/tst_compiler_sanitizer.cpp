// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sanitiser and the Markdown renderer against hostile input: whatever goes in, the output
// holds only allowed elements and attributes, no script, no event handler, no dangerous URL and no
// image that is not myelin://image/<known name>. Allowed markup must survive.
#include "htmlsanitizer.h"
#include "markdownrenderer.h"
#include "urlpolicy.h"

#include <QtTest>
#include <gumbo.h>
#include <vector>

using namespace Myelin::Compiler;

namespace {

LinkTargets targets()
{
    LinkTargets result;
    result.articles = {QStringLiteral("home"), QStringLiteral("alpha")};
    result.glossary.insert(QStringLiteral("ms"), QStringLiteral("Multiple sclerosis."));
    result.images.insert(QStringLiteral("pic"), ImageInfo{QStringLiteral("A grey dot."), QStringLiteral("The caption."),
                                                          QStringLiteral("Credit")});
    return result;
}

// The checker's own allowlist (written separately from the sanitiser's on purpose).
bool attributeAllowed(const QString &element, const QString &attribute)
{
    static const QMap<QString, QStringList> allowed = {
        {QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("title"), QStringLiteral("class")}},
        {QStringLiteral("img"), {QStringLiteral("src"), QStringLiteral("alt")}},
        {QStringLiteral("th"), {QStringLiteral("align")}},
        {QStringLiteral("td"), {QStringLiteral("align")}},
        {QStringLiteral("abbr"), {QStringLiteral("title")}},
        {QStringLiteral("h2"), {QStringLiteral("id")}},
        {QStringLiteral("h3"), {QStringLiteral("id")}},
        {QStringLiteral("h4"), {QStringLiteral("id")}},
        {QStringLiteral("h5"), {QStringLiteral("id")}},
        {QStringLiteral("h6"), {QStringLiteral("id")}},
        {QStringLiteral("ol"), {QStringLiteral("start")}},
        {QStringLiteral("span"), {QStringLiteral("class")}},
        {QStringLiteral("figure"), {QStringLiteral("class")}},
        {QStringLiteral("figcaption"), {QStringLiteral("class")}},
    };
    return allowed.value(element).contains(attribute);
}

const QStringList &allowedElements()
{
    static const QStringList names = {
        QStringLiteral("html"),       QStringLiteral("head"),   QStringLiteral("body"), // added by the checker's parse
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

QString lowerScheme(const QString &url)
{
    return cleanUrl(url).toLower();
}

// Parses html the way a browser would and lists everything unsafe in it.
QStringList problemsIn(const QString &html)
{
    QStringList problems;
    const QString lower = html.toLower();
    for (const char *tag : {"<script", "<iframe", "<object", "<embed", "<form", "<style", "<svg", "<math", "<meta",
                            "<link", "<base", "<template", "<noscript"}) {
        if (lower.contains(QLatin1String(tag))) {
            problems.append(QStringLiteral("raw %1").arg(QLatin1String(tag)));
        }
    }
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    std::vector<const GumboNode *> stack{output->root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEMPLATE) {
            problems.append(QStringLiteral("template element"));
        }
        if (node->type != GUMBO_NODE_ELEMENT) {
            continue;
        }
        const GumboElement &element = node->v.element;
        const QString name = element.tag == GUMBO_TAG_UNKNOWN
                                 ? QStringLiteral("unknown")
                                 : QString::fromUtf8(gumbo_normalized_tagname(element.tag));
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || !allowedElements().contains(name)) {
            problems.append(QStringLiteral("element <%1>").arg(name));
        }
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString attributeName = QString::fromUtf8(attribute->name);
            const QString value = QString::fromUtf8(attribute->value);
            if (attributeName.startsWith(QLatin1String("on"))) {
                problems.append(QStringLiteral("event handler %1").arg(attributeName));
            }
            if (!attributeAllowed(name, attributeName)) {
                problems.append(QStringLiteral("attribute %1 on <%2>").arg(attributeName, name));
            }
            const QString url = lowerScheme(value);
            if (url.startsWith(QLatin1String("javascript:")) || url.startsWith(QLatin1String("vbscript:")) ||
                url.startsWith(QLatin1String("data:"))) {
                problems.append(QStringLiteral("dangerous URL %1=%2").arg(attributeName, value));
            }
            if (attributeName == QLatin1String("src") && !value.startsWith(QLatin1String("myelin://image/"))) {
                problems.append(QStringLiteral("image source %1").arg(value));
            }
            if (attributeName == QLatin1String("href") &&
                !(url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")) ||
                  url.startsWith(QLatin1String("mailto:")) || url.startsWith(QLatin1Char('#')) ||
                  url.startsWith(QLatin1String("myelin://article/")) ||
                  url.startsWith(QLatin1String("myelin://glossary/")))) {
                problems.append(QStringLiteral("link %1").arg(value));
            }
        }
        for (unsigned int i = 0; i < element.children.length; ++i) {
            stack.push_back(static_cast<const GumboNode *>(element.children.data[i]));
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return problems;
}

} // namespace

class TestCompilerSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void hostileInputIsNeutralised_data()
    {
        QTest::addColumn<QString>("input");
        const char *const snippets[] = {
            // Scripts in all spellings.
            "<script>alert(1)</script>",
            "<SCRIPT>alert(1)</SCRIPT>",
            "<ScRiPt src=\"http://evil.example/x.js\"></ScRiPt>",
            "<script type=\"text/javascript\">alert(1)</script >",
            "<scr<script>ipt>alert(1)</script>",
            "<<script>script>alert(1)<</script>/script>",
            "<svg><script>alert(1)</script></svg>",
            // Event handlers.
            "<img src=x onerror=alert(1)>",
            "<img src=\"myelin://image/pic\" onerror=\"alert(1)\">",
            "<img\nsrc=\"myelin://image/pic\"\nonerror=\"alert(1)\">",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\"\nonmouseover=\"alert(2)\">x</a>",
            "<details open ontoggle=\"alert(1)\"><summary>s</summary>x</details>",
            "<custom-element onclick=\"alert(1)\">text</custom-element>",
            "<table><tr><td onclick=alert(1)>x</td></tr></table>",
            "<body onload=alert(1)>x",
            "<frameset onload=alert(1)>",
            "<abbr title=\"x\" onmouseover=\"y\">MS</abbr>",
            "<h1 onclick=\"x\" id=\"Bad Id\">Title</h1>",
            // Dangerous URL schemes, obfuscated.
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#9;ascript:alert(1)\">x</a>",
            "<a href=\"java&#0000009;script:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"java\nscript:alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"&#x01;javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"VBScript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"//evil.example\">x</a>",
            "<a href=\"myelin://article/unknown\">x</a>",
            "<a href=\"mailto:x@example.org\" onclick=\"alert(1)\">mail</a>",
            "<a href=\"https://ok.example/\" title=\"&quot; onmouseover=&quot;alert(1)\">x</a>",
            "<a href=\"http://ok.example\" target=\"_blank\" rel=\"opener\">x</a>",
            // Embedding and frames.
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object>",
            "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
            "<embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=a><button>Go</button></form>",
            "<textarea><script>alert(1)</script></textarea>",
            "<select><option><script>alert(1)</script></option></select>",
            "<video src=x onerror=alert(1)><source src=y></video>",
            "<audio src=x></audio>",
            "<isindex action=\"javascript:alert(1)\">",
            // SVG and MathML.
            "<svg onload=alert(1)><circle r=1></circle></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<math href=\"javascript:alert(1)\">x</math>",
            // Styles, links, meta, base.
            "<style>body{background:url(http://evil.example)}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<span style=\"color:red\" class=\"ok\">y</span>",
            "<link rel=\"stylesheet\" href=\"http://evil.example/x.css\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"http://evil.example/\">",
            // Remote and unknown images.
            "<img src=\"http://evil.example/track.png\">",
            "<img src=\"https://evil.example/track.png\">",
            "<img src=\"//evil.example/track.png\">",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
            "<img src=\"myelin://image/unknown\">",
            "<img src=\"myelin://image/pic\" srcset=\"http://evil.example/x.png 2x\">",
            "<image src=\"http://evil.example/x.png\">",
            // Broken markup, comments, templates, noscript.
            "<p><b><i>unclosed <a href=\"javascript:x\">link",
            "<!-- <script>alert(1)</script> -->",
            "<!--><img src=x onerror=alert(1)>-->",
            "<template><script>alert(1)</script></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<xmp><script>alert(1)</script></xmp>",
            "<plaintext><script>alert(1)",
            // Markdown.
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](data:text/html,<script>alert(1)</script>)",
            "[x](vbscript:msgbox)",
            "[x](jav&#x09;ascript:alert(1))",
            "![x](http://evil.example/a.png)",
            "![x](javascript:alert(1))",
            "![x](//evil.example/a.png)",
            "<javascript:alert(1)>",
            "[x]: javascript:alert(1)\n\n[click][x]",
            "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
            "> <script>alert(1)</script>",
            "- <iframe src=x></iframe>",
        };
        for (const char *snippet : snippets) {
            QString name = QString::fromUtf8(snippet);
            name.replace(QLatin1Char('\n'), QLatin1String("\\n"));
            QTest::addRow("%s", qPrintable(name)) << QString::fromUtf8(snippet);
        }
    }

    void hostileInputIsNeutralised()
    {
        QFETCH(QString, input);
        const SanitizedHtml direct = sanitizeHtml(input, targets());
        const QStringList directProblems = problemsIn(direct.html);
        QVERIFY2(directProblems.isEmpty(),
                 qPrintable(directProblems.join(QStringLiteral("; ")) + QStringLiteral(" in: ") + direct.html));

        const RenderedMarkdown markdown = renderMarkdown(input, targets());
        const QStringList markdownProblems = problemsIn(markdown.html);
        QVERIFY2(markdownProblems.isEmpty(),
                 qPrintable(markdownProblems.join(QStringLiteral("; ")) + QStringLiteral(" in: ") + markdown.html));
        // Only this one holds nothing to remove: the quotes are simply escaped.
        if (!input.contains(QLatin1String("title=\"&quot;"))) {
            QVERIFY2(!markdown.issues.isEmpty(), "every removal must be reported");
        }
    }

    void allowedMarkupSurvives_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("table") << QStringLiteral("| a | b |\n|:--|--:|\n| 1 | 2 |")
                               << QStringLiteral("<th align=\"left\">a</th>");
        QTest::newRow("table cell") << QStringLiteral("| a | b |\n|:--|--:|\n| 1 | 2 |")
                                    << QStringLiteral("<td align=\"right\">2</td>");
        QTest::newRow("abbr") << QStringLiteral("<abbr title=\"Multiple sclerosis\">MS</abbr> is common.")
                              << QStringLiteral("<abbr title=\"Multiple sclerosis\">MS</abbr>");
        QTest::newRow("sub and sup") << QStringLiteral("H<sub>2</sub>O and 10<sup>3</sup>")
                                     << QStringLiteral("H<sub>2</sub>O and 10<sup>3</sup>");
        QTest::newRow("details") << QStringLiteral("<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>")
                                 << QStringLiteral("<details>\n<summary>More</summary>\n<p>Hidden text.</p>");
        QTest::newRow("kbd and mark") << QStringLiteral("Press <kbd>Ctrl</kbd>, <mark>this</mark>.")
                                      << QStringLiteral("Press <kbd>Ctrl</kbd>, <mark>this</mark>.");
        QTest::newRow("br") << QStringLiteral("one<br>two") << QStringLiteral("one<br>two");
        QTest::newRow("strikethrough") << QStringLiteral("~~old~~") << QStringLiteral("<del>old</del>");
        QTest::newRow("emphasis") << QStringLiteral("*a* **b** `c`")
                                  << QStringLiteral("<em>a</em> <strong>b</strong> <code>c</code>");
        QTest::newRow("heading id") << QStringLiteral("## Side effects & risks")
                                    << QStringLiteral("<h2 id=\"side-effects-risks\">Side effects &amp; risks</h2>");
        QTest::newRow("h1 demoted") << QStringLiteral("# Title") << QStringLiteral("<h2 id=\"title\">Title</h2>");
        QTest::newRow("raw h1 demoted") << QStringLiteral("<h1>Raw</h1>") << QStringLiteral("<h2>Raw</h2>");
        QTest::newRow("h3") << QStringLiteral("### Small") << QStringLiteral("<h3 id=\"small\">Small</h3>");
        QTest::newRow("duplicate heading ids")
            << QStringLiteral("## Same\n\n## Same") << QStringLiteral("<h2 id=\"same-2\">Same</h2>");
        QTest::newRow("glossary link") << QStringLiteral("About [MS](glossary:ms).")
                                       << QStringLiteral(
                                              "<a href=\"myelin://glossary/ms\" title=\"Multiple sclerosis.\" "
                                              "class=\"term\">MS</a>");
        QTest::newRow("article link") << QStringLiteral("[Alpha](article:alpha)")
                                      << QStringLiteral("<a href=\"myelin://article/alpha\">Alpha</a>");
        QTest::newRow("external link") << QStringLiteral("[site](https://example.org/x)")
                                       << QStringLiteral(
                                              "<a href=\"https://example.org/x\" class=\"external\">site</a>");
        QTest::newRow("autolink") << QStringLiteral("See www.example.org now.")
                                  << QStringLiteral("<a href=\"http://www.example.org\" class=\"external\">");
        QTest::newRow("mailto") << QStringLiteral("[mail](mailto:a@example.org)")
                                << QStringLiteral("<a href=\"mailto:a@example.org\">mail</a>");
        QTest::newRow("fragment") << QStringLiteral("[up](#top)") << QStringLiteral("<a href=\"#top\">up</a>");
        QTest::newRow("figure") << QStringLiteral("![A dot](image:pic)")
                                << QStringLiteral(
                                       "<figure><img src=\"myelin://image/pic\" alt=\"A dot\"><figcaption>The "
                                       "caption. <span class=\"credit\">Credit</span></figcaption></figure>");
        QTest::newRow("figure without alt uses images.yaml")
            << QStringLiteral("![](image:pic)") << QStringLiteral("alt=\"A grey dot.\"");
        QTest::newRow("inline image") << QStringLiteral("Text ![dot](image:pic) text")
                                      << QStringLiteral("Text <img src=\"myelin://image/pic\" alt=\"dot\"> text");
        QTest::newRow("ordered list start")
            << QStringLiteral("3. three\n4. four") << QStringLiteral("<ol start=\"3\">");
        QTest::newRow("span class") << QStringLiteral("<span class=\"note\">x</span>")
                                    << QStringLiteral("<span class=\"note\">x</span>");
        QTest::newRow("code block escaped")
            << QStringLiteral("```\n<script>alert(1)</script>\n```")
            << QStringLiteral("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>");
        QTest::newRow("blockquote and hr")
            << QStringLiteral("> quoted\n\n---") << QStringLiteral("<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>");
        QTest::newRow("entities re-escaped")
            << QStringLiteral("a &lt;b&gt; &amp; c") << QStringLiteral("a &lt;b&gt; &amp; c");
        QTest::newRow("quotes in attribute") << QStringLiteral("<abbr title='say \"hi\"'>x</abbr>")
                                             << QStringLiteral("<abbr title=\"say &quot;hi&quot;\">x</abbr>");
    }

    void allowedMarkupSurvives()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const RenderedMarkdown rendered = renderMarkdown(markdown, targets());
        QVERIFY2(rendered.html.contains(expected), qPrintable(rendered.html));
        QVERIFY(problemsIn(rendered.html).isEmpty());
        for (const Issue &issue : rendered.issues) {
            QVERIFY2(false, qPrintable(issue.message));
        }
    }

    void removalsAreReportedWithTheirLine_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("raw block") << QStringLiteral("Intro.\n\n<iframe src=\"x\"></iframe>\n") << 3
                                   << QStringLiteral("<iframe>");
        QTest::newRow("inline html") << QStringLiteral("Intro.\n\nSome <span onclick=\"x\">text</span>.\n") << 3
                                     << QStringLiteral("attribute 'onclick' removed from <span>");
        QTest::newRow("attribute on later line") << QStringLiteral("a\n\nb\n\nc <img src=\"http://e.example/x.png\">\n")
                                                 << 5 << QStringLiteral("image 'http://e.example/x.png' removed");
        QTest::newRow("markdown link") << QStringLiteral("a\n\nb\nc [x](javascript:alert(1))\n") << 4
                                       << QStringLiteral("link to 'javascript:alert(1)' removed");
        QTest::newRow("tag filter") << QStringLiteral("a\n\n<script>alert(1)</script>\n") << 3
                                    << QStringLiteral("raw HTML <script>");
        QTest::newRow("unknown element") << QStringLiteral("a\n\n<div>text</div>\n") << 3
                                         << QStringLiteral("<div> removed (its text is kept)");
    }

    void removalsAreReportedWithTheirLine()
    {
        QFETCH(QString, markdown);
        QFETCH(int, line);
        QFETCH(QString, message);
        const RenderedMarkdown rendered = renderMarkdown(markdown, targets());
        bool found = false;
        QStringList seen;
        for (const Issue &issue : rendered.issues) {
            seen.append(QStringLiteral("%1: %2").arg(issue.line).arg(issue.message));
            found = found || (issue.line == line && issue.message.contains(message));
        }
        QVERIFY2(found, qPrintable(seen.join(QLatin1Char('\n'))));
    }

    void unknownElementsKeepTheirText()
    {
        const SanitizedHtml result =
            sanitizeHtml(QStringLiteral("<p><font color=red>kept</font> <u>too</u></p>"), targets());
        QCOMPARE(result.html, QStringLiteral("<p>kept too</p>"));
        QCOMPARE(result.issues.size(), 2);
    }

    void droppedElementsLoseTheirText()
    {
        const SanitizedHtml result = sanitizeHtml(QStringLiteral("<p>a<script>secret()</script><style>p{}</style>b</p>"
                                                                 "<form><p>form text</p><input value=secret></form>"),
                                                  targets());
        QCOMPARE(result.html, QStringLiteral("<p>ab</p>"));
        QVERIFY(!result.text.contains(QStringLiteral("secret")));
    }

    void deepNestingIsRefused()
    {
        // Too deep to show or print: nothing is written and the error says why (see tst_compiler_nesting).
        const int depth = 20000;
        const QString html = QStringLiteral("<span>").repeated(depth) + QStringLiteral("deep") +
                             QStringLiteral("</span>").repeated(depth);
        const SanitizedHtml result = sanitizeHtml(html, targets());
        QVERIFY(result.html.isEmpty());
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().severity, Severity::Error);
        const RenderedMarkdown markdown =
            renderMarkdown(QStringLiteral("> ").repeated(5000) + QStringLiteral("x"), targets());
        QVERIFY(markdown.html.isEmpty());
        QCOMPARE(markdown.issues.size(), 1);
        QCOMPARE(markdown.issues.first().severity, Severity::Error);
    }

    void urlSchemeIsFoundLikeABrowserDoes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("plain") << QStringLiteral("https://example.org") << QStringLiteral("https");
        QTest::newRow("upper case") << QStringLiteral("JaVaScRiPt:x") << QStringLiteral("javascript");
        QTest::newRow("tab inside") << QStringLiteral("java\tscript:x") << QStringLiteral("javascript");
        QTest::newRow("newline inside") << QStringLiteral("java\nscr\ript:x") << QStringLiteral("javascript");
        QTest::newRow("leading spaces") << QStringLiteral(" \x01 javascript:x") << QStringLiteral("javascript");
        QTest::newRow("relative") << QStringLiteral("page.html") << QString();
        QTest::newRow("colon after slash") << QStringLiteral("a/b:c") << QString();
        QTest::newRow("protocol relative") << QStringLiteral("//evil.example") << QString();
        QTest::newRow("invalid scheme") << QStringLiteral("1abc:x") << QStringLiteral("?");
    }

    void urlSchemeIsFoundLikeABrowserDoes()
    {
        QFETCH(QString, url);
        QFETCH(QString, scheme);
        QCOMPARE(urlScheme(cleanUrl(url)), scheme);
    }
};

QTEST_GUILESS_MAIN(TestCompilerSanitizer)
#include "tst_compiler_sanitizer.moc"
