// SPDX-License-Identifier: GPL-3.0-or-later
// The nesting limit (findDeepNesting, used by the sanitiser before the HTML parser): what it counts,
// what it leaves alone, and that deeply nested input of any size is refused in one linear pass.
#include "buildlimits.h"
#include "htmlsanitizer.h"
#include "markdownrenderer.h"
#include "nestingcheck.h"

#include <QElapsedTimer>
#include <QtTest>
#include <gumbo.h>
#include <random>
#include <vector>

using namespace Myelin::Compiler;

namespace {

constexpr int Limit = Limits::NestingDepth;

QString repeated(const char *text, int times)
{
    return QString::fromLatin1(text).repeated(times);
}

// The depth of the tree gumbo builds for html (as the sanitiser parses it).
int gumboDepth(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_BODY;
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    int deepest = 0;
    std::vector<std::pair<const GumboNode *, int>> stack{{output->root, 0}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, depth);
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
            continue;
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
                stack.emplace_back(child, depth + 1);
            }
        }
    }
    gumbo_destroy_output(&options, output);
    return deepest;
}

// Tags for random input: what articles hold, sloppy HTML, and what the sanitiser removes; the table
// tags come last.
const char *const SoupTags[] = {
    "<div>",         "</div>",    "<p>",        "</p>",       "<b>",        "</b>",        "<i>",
    "</i>",          "<ul>",      "<li>",       "</li>",      "</ul>",      "<span>",      "</span>",
    "<a>",           "</a>",      "<em>",       "</em>",      "x",          " ",           "<blockquote>",
    "</blockquote>", "<dl>",      "<dt>",       "<dd>",       "<h2>",       "</h2>",       "<h3>",
    "</h3>",         "<strong>",  "</strong>",  "<code>",     "</code>",    "<pre>",       "</pre>",
    "<ol>",          "</ol>",     "<sub>",      "</sub>",     "<details>",  "<summary>",   "</details>",
    "<br>",          "<hr>",      "<img>",      "<b id=1>",   "<b id=2>",   "<a href=x>",  "<svg>",
    "<g/>",          "</svg>",    "<math>",     "<mi>",       "</math>",    "<form>",      "</form>",
    "<select>",      "<option>",  "</select>",  "<title>",    "</title>",   "<style>",     "</style>",
    "<button>",      "</button>", "<nobr>",     "<font>",     "</font>",    "<address>",   "<template>",
    "</template>",   "<object>",  "</object>",  "<input>",    "<textarea>", "</textarea>", "</body>",
    "<body>",        "</html>",   "<frameset>", "<noscript>", "<table>",    "</table>",    "<tr>",
    "<td>",          "</td>",     "</tr>",      "<caption>"};
constexpr int TableTags = 7;

QString soup(std::mt19937 &random, int length, const char *const *tags, int count)
{
    QString html;
    for (int i = 0; i < length; ++i) {
        html += QLatin1String(tags[random() % unsigned(count)]);
    }
    return html;
}

LinkTargets noTargets()
{
    return LinkTargets();
}

} // namespace

class TestCompilerNesting : public QObject
{
    Q_OBJECT

private slots:
    void countsLikeTheParser_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("tooDeep");
        QTest::newRow("at the limit") << repeated("<div>", Limit) + repeated("</div>", Limit) << false;
        QTest::newRow("one more") << repeated("<div>", Limit + 1) << true;
        QTest::newRow("closed siblings") << repeated("<div>x</div>", 1000) << false;
        QTest::newRow("unclosed paragraphs") << repeated("<p>text", 1000) << false;
        QTest::newRow("unclosed list items") << "<ul>" + repeated("<li>item", 1000) + "</ul>" << false;
        QTest::newRow("unclosed cells") << "<table>" + repeated("<tr><td>a<td>b", 1000) + "</table>" << false;
        QTest::newRow("unclosed tables") << repeated("<table><tr><td>a</table>", 1000) << false;
        QTest::newRow("definitions") << "<dl>" + repeated("<dt>t<dd>d", 1000) + "</dl>" << false;
        QTest::newRow("end tags close what is inside") << repeated("<div><span>x</div>", 1000) << false;
        QTest::newRow("formatting closed early")
            << repeated("<div><em></div>", Limit + 1) << true; // the parser opens each <em> again at the next text
        QTest::newRow("self-closing html") << repeated("<div/>", Limit + 1) << true;
        QTest::newRow("self-closing svg") << "<svg>" + repeated("<path/>", 1000) + "</svg>" << false;
        QTest::newRow("comments") << "<!--" + repeated("<div>", 1000) + "-->" << false;
        QTest::newRow("cdata") << repeated("<![CDATA[<div>]]>", 1000) << false;
        QTest::newRow("script text") << "<script>" + repeated("<div>", 1000) + "</script>" << false;
        QTest::newRow("quoted >") << repeated("<div title=\"a>b\">", Limit + 1) << true;
        QTest::newRow("unfinished tag") << repeated("<div>", Limit) + "<div title=\"x" << false;
        QTest::newRow("misnested formatting") << repeated("<b>x<i>y</b>z</i>", 1000) << false;
        // After formatting that ends outside a block it holds, the check counts every tag left open.
        QTest::newRow("formatting around a block, then closed tags")
            << "<b><p>x</b>y</p>" + repeated("<p>a <em>b</em></p>", 1000) << false;
        QTest::newRow("formatting around a block, then unclosed tags")
            << "<b><p>x</b>y</p>" + repeated("<p>a", Limit + 1) << true;
    }

    void countsLikeTheParser()
    {
        QFETCH(QString, html);
        QFETCH(bool, tooDeep);
        QCOMPARE(findDeepNesting(html, Limit).has_value(), tooDeep);
        // Whatever it decides, it never counts less than the parser builds (tables aside).
        if (!tooDeep && !html.contains(QLatin1String("<table"))) {
            QVERIFY2(gumboDepth(html) <= Limit, qPrintable(QString::number(gumboDepth(html))));
        }
    }

    void reopenedFormattingCounts()
    {
        // The parser opens every <b> that a </div> closed again at the next text: depth grows by one
        // each time, though no tag nests.
        const QString html = repeated("<div><b></div>x", Limit + 1);
        QVERIFY(gumboDepth(html) > Limit);
        QVERIFY(findDeepNesting(html, Limit).has_value());
        QVERIFY(!findDeepNesting(repeated("<div><b></div>x</b>", 1000), Limit).has_value());
    }

    void neverCountsLessThanTheParser()
    {
        // Random tag soup, from what articles hold to what the sanitiser removes: wherever the check
        // lets it through, the parser builds no deeper tree than the limit. (No tables: the parser
        // adds <tbody> and <tr> to them, which the check does not count.)
        std::mt19937 random(20261201);
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            const QString html = soup(random, 20 + int(random() % 600), SoupTags, int(std::size(SoupTags)) - TableTags);
            if (findDeepNesting(html, Limit)) {
                ++refused;
            } else {
                QVERIFY2(gumboDepth(html) <= Limit, qPrintable(html));
            }
        }
        qInfo("%d of 3000 random inputs were refused", refused);
        QVERIFY(refused > 100);
    }

    void repeatedPatternsAreRefused()
    {
        // A short run of tags repeated 300 times, tables included: whatever builds depth one step at a
        // time must be refused, or the parser would take time in proportion to the square of the length.
        std::mt19937 random(20261202);
        for (int round = 0; round < 3000; ++round) {
            const QString unit = soup(random, 2 + int(random() % 6), SoupTags, int(std::size(SoupTags)));
            const QString html = unit.repeated(300);
            if (!findDeepNesting(html, Limit)) {
                QVERIFY2(gumboDepth(html) <= 2 * Limit, qPrintable(unit));
            }
        }
    }

    void linesComeFromTheSource()
    {
        const QString html =
            QStringLiteral("<p data-sourcepos=\"3:1-3:4\">a</p>\n<!--myelin-line:7-->") + repeated("<div>", Limit + 1);
        QCOMPARE(findDeepNesting(html, Limit), std::optional<int>(7));
        const QString markdown = QStringLiteral("Intro.\n\nMore.\n\n") + repeated("> ", Limit + 1) + "deep\n";
        const RenderedMarkdown rendered = renderMarkdown(markdown, noTargets());
        QCOMPARE(rendered.issues.size(), 1);
        QCOMPARE(rendered.issues.first().severity, Severity::Error);
        QCOMPARE(rendered.issues.first().line, 5);
        QCOMPARE(rendered.issues.first().message, deepNestingMessage(Limit));
        QVERIFY(rendered.html.isEmpty());
    }

    void deepMarkdownAndHtmlAreRefusedQuickly_data()
    {
        QTest::addColumn<QString>("markdown");
        const int depth = 100000;
        QTest::newRow("nested quotes") << repeated("> ", depth) + "x\n";
        QTest::newRow("nested lists") << repeated("- ", depth) + "x\n";
        QTest::newRow("nested emphasis") << repeated("*a ", depth) + "x" + repeated(" a*", depth) + "\n";
        QTest::newRow("nested divs") << repeated("<div>", depth) + "x" + repeated("</div>", depth) + "\n";
        QTest::newRow("nested raw quotes") << repeated("<blockquote>", depth) + "x\n";
        QTest::newRow("reopened bold") << [] {
            QString html;
            for (int i = 0; i < 20000; ++i) {
                html += QStringLiteral("<div><b id=\"n%1\"></div>x").arg(i);
            }
            return html + QLatin1Char('\n');
        }();
    }

    void deepMarkdownAndHtmlAreRefusedQuickly()
    {
        QFETCH(QString, markdown);
        QElapsedTimer timer;
        timer.start();
        const RenderedMarkdown rendered = renderMarkdown(markdown, noTargets());
        qInfo("%lld ms for %lld characters", timer.elapsed(), qint64(markdown.size()));
        const bool refused = std::any_of(rendered.issues.cbegin(), rendered.issues.cend(), [](const Issue &issue) {
            return issue.severity == Severity::Error && issue.message == deepNestingMessage(Limit);
        });
        // Emphasis that deep is not nested by cmark (it gives up on delimiters): then it is just text.
        if (!refused) {
            QVERIFY(QTest::currentDataTag() == QLatin1String("nested emphasis"));
            QVERIFY(gumboDepth(rendered.html) <= Limit);
        } else {
            QVERIFY(rendered.html.isEmpty());
        }
    }

    void sanitizerRefusesDeepTreesItself()
    {
        // Tables: the parser adds <tbody> and <tr> that the check does not see; the sanitiser's walk
        // stops at the limit all the same.
        const QString html = repeated("<table><td>", Limit / 2);
        QVERIFY(!findDeepNesting(html, Limit).has_value());
        QVERIFY(gumboDepth(html) > Limit);
        const SanitizedHtml result = sanitizeHtml(html, noTargets());
        QVERIFY(result.html.isEmpty());
        QVERIFY(std::any_of(result.issues.cbegin(), result.issues.cend(),
                            [](const Issue &issue) { return issue.message == deepNestingMessage(Limit); }));
    }
};

QTEST_GUILESS_MAIN(TestCompilerNesting)
#include "tst_compiler_nesting.moc"
