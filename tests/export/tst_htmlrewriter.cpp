// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML rewriter (parse with gumbo, visit, write back) and the CSS address rewriter, on their own:
// what comes out is read back with gumbo, the way a browser would read it.
#include "export/cssurlrewriter.h"
#include "export/htmlrewriter.h"

#include <QTest>
#include <QThread>
#include <gumbo.h>

using namespace Myelin::Export;

namespace {

using Action = HtmlRewriter::Action;
using Element = HtmlRewriter::Element;
using Input = HtmlRewriter::Input;

QString keepAll(const QString &html, Input input = Input::Fragment)
{
    return HtmlRewriter::rewrite(
        html, [](Element &) { return Action::Keep; }, input);
}

// What a browser makes of some HTML: elements by name with their attributes, and text, as one line.
void describe(const GumboNode *node, QString &out)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        out += QStringLiteral("\"") + QString::fromUtf8(node->v.text.text) + QStringLiteral("\"");
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement &element = node->v.element;
        GumboStringPiece name = element.original_tag;
        QString tag = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
        if (element.tag == GUMBO_TAG_UNKNOWN) {
            gumbo_tag_from_original_text(&name);
            tag = QString::fromUtf8(name.data, static_cast<qsizetype>(name.length)).toLower();
        }
        out += QLatin1Char('(') + tag;
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            out +=
                QStringLiteral(" %1=[%2]").arg(QString::fromUtf8(attribute->name), QString::fromUtf8(attribute->value));
        }
        for (unsigned int i = 0; i < element.children.length; ++i) {
            describe(static_cast<const GumboNode *>(element.children.data[i]), out);
        }
        out += QLatin1Char(')');
        return;
    }
    case GUMBO_NODE_DOCUMENT:
    case GUMBO_NODE_COMMENT:
        return;
    }
}

QString tree(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse(utf8.constData());
    QString out;
    describe(output->root, out);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return out;
}

// Addresses for the CSS tests: the collection's picture becomes a data: URI, a part of the page and
// data: stay, anything else is refused.
QString resolve(const QString &url)
{
    if (url == QLatin1String("myelin://image/dot")) {
        return QStringLiteral("data:image/png;base64,AAA");
    }
    return url.startsWith(QLatin1Char('#')) || url.startsWith(QLatin1String("data:")) ? url : QString();
}

} // namespace

class TestHtmlRewriter : public QObject
{
    Q_OBJECT

private slots:
    // --- writing back what was parsed ---

    void unchangedHtmlComesBackTheSame_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("nested") << QStringLiteral(
            "<div class=\"a\"><p>One <em>two <strong>three</strong></em></p><ul><li>x</li><li>y</li></ul></div>");
        QTest::newRow("table") << QStringLiteral(
            "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>");
        QTest::newRow("void elements") << QStringLiteral(
            "<p>a<br>b<img src=\"x.png\" alt=\"y\"><input type=\"checkbox\"><wbr></p><hr>");
        QTest::newRow("non-ASCII") << QStringLiteral("<p title=\"Ölçü\">Multiple Sklerose — 多发性硬化症 😀 é</p>");
        QTest::newRow("escaped") << QStringLiteral(
            "<p title=\"a &quot;b&quot; &lt;c&gt; &amp; d\">1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" 'r'</p>");
        QTest::newRow("svg") << QStringLiteral("<svg viewBox=\"0 0 1 1\"><linearGradient id=\"g\"></linearGradient>"
                                               "<foreignObject><p>x</p></foreignObject>"
                                               "<use xlink:href=\"#g\"></use></svg>");
        QTest::newRow("custom element") << QStringLiteral("<my-note data-kind=\"tip\">x</my-note>");
    }

    void unchangedHtmlComesBackTheSame()
    {
        QFETCH(QString, html);
        QCOMPARE(keepAll(html), html);
    }

    void quotesAndCaseAreMadeRegular()
    {
        QCOMPARE(keepAll(QStringLiteral("<P CLASS=A Title='it\"s' data-x=plain>x</P>")),
                 QStringLiteral("<p class=\"A\" title=\"it&quot;s\" data-x=\"plain\">x</p>"));
        QCOMPARE(keepAll(QStringLiteral("<br/><img src=a.png />")), QStringLiteral("<br><img src=\"a.png\">"));
        // Broken markup is repaired as a browser repairs it, not passed through.
        QCOMPARE(keepAll(QStringLiteral("<p><b>x<p>y")), QStringLiteral("<p><b>x</b></p><p><b>y</b></p>"));
    }

    void documentKeepsItsDoctype()
    {
        const QString html = keepAll(QStringLiteral("<!DOCTYPE html><title>T</title><p>x"), Input::Document);
        QCOMPARE(html,
                 QStringLiteral("<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>x</p></body></html>\n"));
        QVERIFY(!keepAll(QStringLiteral("<p>x")).contains(QStringLiteral("<body>")));
    }

    void commentsAreDropped()
    {
        QCOMPARE(keepAll(QStringLiteral("<p>a<!-- <link rel=\"stylesheet\" href=\"http://x/c.css\"> -->b</p><!--z-->")),
                 QStringLiteral("<p>ab</p>"));
    }

    void entitiesRoundTrip()
    {
        const QString input = QStringLiteral("<p title=\"&eacute;&quot;\">&copy; &eacute;&nbsp;x &#x1F600; &#233; "
                                             "&lt;tag&gt; &amp;amp; &zzz; AT&T</p>");
        const QString output = keepAll(input);
        // Read back, it is the same text; characters are written as themselves, markup characters escaped.
        QCOMPARE(tree(output), tree(input));
        QVERIFY2(output.contains(QStringLiteral("© é&nbsp;x 😀 é &lt;tag&gt; &amp;amp; &amp;zzz; AT&amp;T")),
                 qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("title=\"é&quot;\"")));
    }

    void rawTextIsNotEscaped()
    {
        const QString css = QStringLiteral("a > b::after { content: \"&amp; <\"; }");
        const QString js = QStringLiteral("if (a < b && c > d) { x = \"&\"; }");
        const QString html =
            keepAll(QStringLiteral("<style>%1</style><script>%2</script><title>a &amp; b</title>").arg(css, js),
                    Input::Document);
        QVERIFY2(html.contains(QStringLiteral("<style>") + css + QStringLiteral("</style>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<script>") + js + QStringLiteral("</script>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<title>a &amp; b</title>")), qPrintable(html)); // not raw text
    }

    void preKeepsItsLeadingNewline()
    {
        const QString input = QStringLiteral("<pre>\n\nx</pre><textarea>\n\ny</textarea>");
        QCOMPARE(tree(keepAll(input)), tree(input));
    }

    void deepNestingDoesNotExhaustTheStack()
    {
        // In a thread with a small stack: a writer that recursed once per level would overflow it.
        const int depth = 5000;
        const QString html = QStringLiteral("<div>").repeated(depth) + QStringLiteral("deep");
        QString written;
        std::unique_ptr<QThread> thread(QThread::create([&] { written = keepAll(html); }));
        thread->setStackSize(512 * 1024);
        thread->start();
        QVERIFY(thread->wait(30000));
        QCOMPARE(written.count(QStringLiteral("<div>")), depth);
        QCOMPARE(written.count(QStringLiteral("</div>")), depth);
        QVERIFY(written.contains(QStringLiteral("<div>deep</div>")));
    }

    // --- what a visitor may do ---

    void visitorRemovesUnwrapsAndChanges()
    {
        QStringList seen;
        const QString html = HtmlRewriter::rewrite(
            QStringLiteral("<div id=\"d\"><span class=\"x\">gone <i>too</i></span><b>kept <i>text</i></b>"
                           "<a href=\"h\" title=\"t\">link</a><p>para</p></div>"),
            [&seen](Element &element) {
                seen << element.name;
                if (element.name == QLatin1String("span")) {
                    return Action::Remove;
                }
                if (element.name == QLatin1String("b")) {
                    return Action::Unwrap;
                }
                if (element.name == QLatin1String("a")) {
                    element.removeAttribute(u"HREF");
                    element.setAttribute(QStringLiteral("title"), QStringLiteral("new \"title\""));
                    element.setAttribute(QStringLiteral("lang"), QStringLiteral("en"));
                }
                if (element.name == QLatin1String("p")) {
                    element.name = QStringLiteral("section");
                    element.setText(QStringLiteral("<replaced> & done"));
                }
                if (element.name == QLatin1String("div")) {
                    element.prependChild({QStringLiteral("hr"), {}, {}});
                    element.appendChild({QStringLiteral("em"),
                                         {{QStringLiteral("class"), QStringLiteral("c")}},
                                         QStringLiteral("end")});
                }
                return Action::Keep;
            },
            Input::Fragment);
        QCOMPARE(html,
                 QStringLiteral("<div id=\"d\"><hr>kept <i>text</i><a title=\"new &quot;title&quot;\" lang=\"en\">"
                                "link</a><section>&lt;replaced&gt; &amp; done</section><em class=\"c\">end</em>"
                                "</div>"));
        // Nothing inside a removed element is visited.
        QCOMPARE(seen, (QStringList{QStringLiteral("div"), QStringLiteral("span"), QStringLiteral("b"),
                                    QStringLiteral("i"), QStringLiteral("a"), QStringLiteral("p")}));
    }

    void visitorSeesDecodedAttributesAndRawText()
    {
        QString title;
        QString style;
        HtmlRewriter::rewrite(
            QStringLiteral("<head><style>p > a { x: \"&amp;\" }</style></head><p TITLE='a &amp; &lt;b&gt;'>x</p>"),
            [&](Element &element) {
                if (element.name == QLatin1String("p")) {
                    title = element.attribute(u"title");
                } else if (element.name == QLatin1String("style")) {
                    style = element.text();
                }
                return Action::Keep;
            });
        QCOMPARE(title, QStringLiteral("a & <b>"));
        QCOMPARE(style, QStringLiteral("p > a { x: \"&amp;\" }"));
    }

    void valuesCannotBreakOutOfTheirPlace()
    {
        const QString hostile = QStringLiteral("\"><script>alert(1)</script><p x=\"");
        const QString html = HtmlRewriter::rewrite(
            QStringLiteral("<head><style>p{}</style></head><body><p>x</p></body>"),
            [&hostile](Element &element) {
                if (element.name == QLatin1String("p")) {
                    element.setAttribute(QStringLiteral("title"), hostile);
                } else if (element.name == QLatin1String("style")) {
                    element.setText(QStringLiteral("p{}</style><script>alert(2)</script></STYLE ><style>"));
                }
                return Action::Keep;
            },
            Input::Document);
        QVERIFY2(!tree(html).contains(QStringLiteral("(script")), qPrintable(html));
        QVERIFY2(tree(html).contains(QStringLiteral("(p title=[") + hostile + QStringLiteral("]\"x\")")),
                 qPrintable(tree(html)));
        QVERIFY2(html.contains(QStringLiteral("<\\/style><script>alert(2)</script><\\/STYLE >")), qPrintable(html));
    }

    void unwritableNamesAreDropped()
    {
        // "scr<script" is one (unknown) tag name to a parser; written back it could become two tags.
        const QString html = keepAll(QStringLiteral("<scr<script></script>ipt>alert(1)</script><p a\"b=1 c=2>x</p>"));
        QVERIFY2(!tree(html).contains(QStringLiteral("(script")), qPrintable(html));
        QCOMPARE(html, QStringLiteral("ipt&gt;alert(1)<p c=\"2\">x</p>"));
    }

    // --- CSS addresses ---

    void cssAddressesAreFoundAsABrowserFindsThem_data()
    {
        QTest::addColumn<QString>("css");
        QTest::addColumn<QString>("expected");
        const QString dot = QStringLiteral("url(\"data:image/png;base64,AAA\")");
        QTest::newRow("unquoted") << QStringLiteral("a{background:url(http://x/a.png)}")
                                  << QStringLiteral("a{background:none}");
        QTest::newRow("upper case") << QStringLiteral("a{background:URL( HTTP://x/a.png )}")
                                    << QStringLiteral("a{background:none}");
        QTest::newRow("escaped name") << QStringLiteral("a{background:\\75 rl(http://x)}")
                                      << QStringLiteral("a{background:none}");
        QTest::newRow("escaped letter") << QStringLiteral("a{background:u\\rl(http://x)}")
                                        << QStringLiteral("a{background:none}");
        QTest::newRow("double quoted") << QStringLiteral("a{background:url(\"myelin://image/dot\")}")
                                       << QStringLiteral("a{background:") + dot + QLatin1Char('}');
        QTest::newRow("single quoted") << QStringLiteral("a{background:url( 'myelin://image/dot' ) no-repeat}")
                                       << QStringLiteral("a{background:") + dot + QStringLiteral(" no-repeat}");
        QTest::newRow("escape in address")
            << QStringLiteral("a{b:url(myelin://image/d\\6ft)}") << QStringLiteral("a{b:") + dot + QLatin1Char('}');
        QTest::newRow("escaped bracket") << QStringLiteral("a{b:url(http://x/a\\)b.png) red}")
                                         << QStringLiteral("a{b:none red}");
        QTest::newRow("bad url") << QStringLiteral("a{b:url(http://x/a\"b) red}") << QStringLiteral("a{b:none red}");
        QTest::newRow("unterminated") << QStringLiteral("a{b:url(http://x") << QStringLiteral("a{b:none");
        QTest::newRow("data kept") << QStringLiteral("a{b:url(data:image/gif;base64,R0==)}")
                                   << QStringLiteral("a{b:url(\"data:image/gif;base64,R0==\")}");
        QTest::newRow("fragment kept") << QStringLiteral("rect{fill:url(#grad)}")
                                       << QStringLiteral("rect{fill:url(\"#grad\")}");
        QTest::newRow("src()") << QStringLiteral("a{b:src(\"http://x\")}") << QStringLiteral("a{b:none}");
        QTest::newRow("font") << QStringLiteral("@font-face{src:url(myelin://font/a.woff) format(\"woff\")}")
                              << QStringLiteral("@font-face{src:none format(\"woff\")}");
        QTest::newRow("image-set refused")
            << QStringLiteral("a{b:image-set(\"http://x/a.png\" 1x, url(myelin://image/dot) 2x);c:d}")
            << QStringLiteral("a{b:none;c:d}");
        QTest::newRow("image-set inlined")
            << QStringLiteral("a{b:-webkit-image-set('myelin://image/dot' 1x)}")
            << QStringLiteral("a{b:-webkit-image-set(\"data:image/png;base64,AAA\" 1x)}");
        QTest::newRow("import url") << QStringLiteral("@import url(http://x/a.css);p{}") << QStringLiteral("p{}");
        QTest::newRow("import string") << QStringLiteral("@IMPORT 'x.css' screen;\np{}") << QStringLiteral("\np{}");
        QTest::newRow("import escaped") << QStringLiteral("@\\69mport \"x.css\";p{}") << QStringLiteral("p{}");
        QTest::newRow("import with semicolon in string")
            << QStringLiteral("@import \"a;b.css\" supports(display:grid);p{}") << QStringLiteral("p{}");
        QTest::newRow("import unterminated") << QStringLiteral("p{} @import url(x.css)") << QStringLiteral("p{} ");
        QTest::newRow("in a string") << QStringLiteral("p::after{content:\"url(http://x) @import 'y';\"}")
                                     << QStringLiteral("p::after{content:\"url(http://x) @import 'y';\"}");
        QTest::newRow("in a comment") << QStringLiteral("/* url(http://x) @import 'y'; */p{}")
                                      << QStringLiteral("/* url(http://x) @import 'y'; */p{}");
        QTest::newRow("similar names") << QStringLiteral("p{--url:1;b:myurl(x);c:url-ish}")
                                       << QStringLiteral("p{--url:1;b:myurl(x);c:url-ish}");
        QTest::newRow("no addresses") << QStringLiteral(":root{--font:\"Atkinson\", sans-serif}\n@media print{a{x:y}}")
                                      << QStringLiteral(":root{--font:\"Atkinson\", sans-serif}\n@media print{a{x:y}}");
    }

    void cssAddressesAreFoundAsABrowserFindsThem()
    {
        QFETCH(QString, css);
        QFETCH(QString, expected);
        QCOMPARE(CssUrlRewriter::rewrite(css, resolve), expected);
    }

    void cssQuotingEscapes()
    {
        QCOMPARE(CssUrlRewriter::quoted(QStringLiteral("a\"b\\c\nd")), QStringLiteral("\"a\\\"b\\\\c\\a d\""));
    }
};

QTEST_MAIN(TestHtmlRewriter)
#include "tst_htmlrewriter.moc"
