// SPDX-License-Identifier: GPL-3.0-or-later
// The saved web page against hostile and unusual HTML: whatever an article's HTML holds, the saved file
// refers to nothing outside itself (no http, https, file or myelin address that a browser would load),
// runs nothing, and keeps what the reader should see. Also the print pages' link removal and the
// glossary terms found in an article. Everything is read back with gumbo, as a browser reads it.
#include "core/articlerenderer.h"
#include "export/printhtml.h"
#include "export/selfcontainedhtml.h"

#include <QTest>
#include <gumbo.h>

using namespace Myelin;
using namespace Myelin::Export;

namespace {

const QString Policy = QStringLiteral("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
const QByteArray DotData = QByteArrayLiteral("PNGDATA");
const QString DotUri = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(DotData.toBase64());

std::optional<Image> lookup(const QString &name)
{
    if (name == QLatin1String("dot")) {
        return Image{QStringLiteral("image/png"), DotData};
    }
    return std::nullopt;
}

// The stylesheet the reader serves; here with an import, a picture and a font to deal with.
const QString Css = QStringLiteral("@import url(http://x.test/more.css);\nbody{background:url(myelin://image/dot)}\n"
                                   "@font-face{font-family:F;src:url(\"myelin://font/f.woff\") format(\"woff\")}\n"
                                   "p{color:black}");

// A page as the reader renders it, around the given article HTML.
QString pageWith(const QString &body)
{
    Article article;
    article.slug = QStringLiteral("test");
    article.title = QStringLiteral("Test article");
    article.summary = QStringLiteral("A summary.");
    article.reviewed = QStringLiteral("2026-03-04");
    article.html = body;
    return ArticleRenderer(QStringLiteral("--bg:#fff;"), ArticleRenderer::Medium::Document).renderArticle(article);
}

struct Parsed
{
    QStringList elements;       // every element's name
    QStringList attributes;     // "element attribute=value" for every attribute
    QStringList styles;         // text inside <style>
    QStringList metas;          // "http-equiv|content" of each <meta http-equiv>
    QString text;               // all text outside <style>
    int headMetaPosition = -1;  // where the policy <meta> stands among <head>'s children
    int headStylePosition = -1; // where the first <style> stands there
};

QString nameOf(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN) {
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    }
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, static_cast<qsizetype>(piece.length)).toLower();
}

void collect(const GumboNode *node, Parsed &parsed, bool inStyle)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        if (inStyle) {
            parsed.styles << QString::fromUtf8(node->v.text.text);
        } else {
            parsed.text += QString::fromUtf8(node->v.text.text);
        }
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
        return;
    }
    const GumboElement &element = node->v.element;
    const QString name = nameOf(element);
    parsed.elements << name;
    for (unsigned int i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        parsed.attributes << QStringLiteral("%1 %2=%3")
                                 .arg(name, QString::fromUtf8(attribute->name), QString::fromUtf8(attribute->value));
    }
    if (element.tag == GUMBO_TAG_META) {
        const GumboAttribute *equiv = gumbo_get_attribute(&element.attributes, "http-equiv");
        const GumboAttribute *content = gumbo_get_attribute(&element.attributes, "content");
        if (equiv != nullptr) {
            parsed.metas << QString::fromUtf8(equiv->value) + QLatin1Char('|') +
                                (content != nullptr ? QString::fromUtf8(content->value) : QString());
        }
    }
    if (element.tag == GUMBO_TAG_HEAD) {
        for (unsigned int i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_META &&
                gumbo_get_attribute(&child->v.element.attributes, "http-equiv") != nullptr) {
                parsed.headMetaPosition = static_cast<int>(i);
            }
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_STYLE &&
                parsed.headStylePosition < 0) {
                parsed.headStylePosition = static_cast<int>(i);
            }
        }
    }
    for (unsigned int i = 0; i < element.children.length; ++i) {
        collect(static_cast<const GumboNode *>(element.children.data[i]), parsed, element.tag == GUMBO_TAG_STYLE);
    }
}

Parsed parse(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse(utf8.constData());
    Parsed parsed;
    collect(output->root, parsed, false);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return parsed;
}

// Addresses a saved page must not hold anywhere: neither in markup nor in its styles.
const QStringList Forbidden = {QStringLiteral("http:"),   QStringLiteral("https:"),      QStringLiteral("file:"),
                               QStringLiteral("myelin:"), QStringLiteral("javascript:"), QStringLiteral("x.test"),
                               QStringLiteral("//")};

} // namespace

class TestExportSelfContained : public QObject
{
    Q_OBJECT

private slots:
    void hostileHtmlLeavesNothingOutside_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("kept"); // text the reader should still see

        QTest::newRow("single-quoted src")
            << QStringLiteral("<img src='http://x.test/a.png' alt='Picture A'>") << QStringLiteral("Picture A");
        QTest::newRow("unquoted src") << QStringLiteral("<img src=http://x.test/a.png alt=Unquoted>")
                                      << QStringLiteral("Unquoted");
        QTest::newRow("upper-case SRC") << QStringLiteral("<IMG SRC=http://x.test/a.png ALT=\"Upper\">")
                                        << QStringLiteral("Upper");
        QTest::newRow("file src") << QStringLiteral("<img src=\"file:///etc/passwd\">") << QString();
        QTest::newRow("srcset") << QStringLiteral("<img src=\"myelin://image/dot\" alt=\"dot\" "
                                                  "srcset=\"http://x.test/a.png 2x, http://x.test/b.png 3x\">")
                                << QString();
        QTest::newRow("picture") << QStringLiteral("<picture><source srcset=\"http://x.test/a.webp\">"
                                                   "<img src=\"myelin://image/dot\" alt=\"dot\"></picture>")
                                 << QString();
        QTest::newRow("javascript link")
            << QStringLiteral("<a href=\"javascript:alert(1)\">Click</a> <a href=' JaVaScRiPt:alert(2)'>Two</a> "
                              "<A HREF=javascript:alert(3)>Three</A>")
            << QStringLiteral("Click Two Three");
        QTest::newRow("app links, any quoting")
            << QStringLiteral("<a href='myelin://article/beta'>Beta</a> <a href=myelin://glossary/x>X</a>")
            << QStringLiteral("Beta X");
        QTest::newRow("svg use and image")
            << QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                              "<use href=\"http://x.test/s.svg#a\"></use><use xlink:href=\"http://x.test/s.svg#b\"/>"
                              "<image href=\"http://x.test/i.png\"/><image xlink:href=\"myelin://image/none\"/></svg>")
            << QString();
        QTest::newRow("svg script and handlers")
            << QStringLiteral("<svg onload=\"alert(1)\"><script href=\"http://x.test/a.js\"></script>"
                              "<script>alert(2)</script><text>Label</text></svg>")
            << QStringLiteral("Label");
        QTest::newRow("svg animation") << QStringLiteral(
                                              "<svg><a><animate attributeName=\"href\" to=\"javascript:alert(1)\"/>"
                                              "<set attributeName=\"href\" to=\"http://x.test/\"/><text>Go</text></a>"
                                              "<a xlink:href=\"javascript:alert(2)\"><text>Too</text></a></svg>")
                                       << QStringLiteral("GoToo");
        QTest::newRow("svg paint from elsewhere")
            << QStringLiteral(
                   "<svg><rect fill=\"url(http://x.test/p.svg#p)\" "
                   "style=\"filter:url(http://x.test/f.svg#f)\"/><circle fill=\"\\75rl(http://x.test/q.svg#q)\" "
                   "mask='URL( \"http://x.test/m.svg#m\" )'/></svg>")
            << QString();
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://x.test/\">inside</iframe>"
                                                  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>After")
                                << QStringLiteral("After");
        QTest::newRow("object and embed")
            << QStringLiteral("<object data=\"http://x.test/a.swf\"><param name=movie value=\"http://x.test/a.swf\">"
                              "<embed src=\"http://x.test/b.swf\">Fallback text</object>")
            << QStringLiteral("Fallback text");
        QTest::newRow("video") << QStringLiteral(
                                      "<video src=\"http://x.test/v.mp4\" poster=\"http://x.test/p.png\">"
                                      "<source src=\"http://x.test/v.webm\"><track src=\"http://x.test/t.vtt\">"
                                      "No video</video><audio src=\"http://x.test/a.mp3\">No audio</audio>")
                               << QStringLiteral("No videoNo audio");
        QTest::newRow("base") << QStringLiteral("<base href=\"http://x.test/\"><p>After base</p>")
                              << QStringLiteral("After base");
        QTest::newRow("meta refresh") << QStringLiteral(
                                             "<meta http-equiv=\"refresh\" content=\"0;url=http://x.test/\">"
                                             "<META HTTP-EQUIV=Content-Security-Policy CONTENT=\"default-src *\">"
                                             "<meta property=\"og:image\" content=\"http://x.test/o.png\">")
                                      << QString();
        QTest::newRow("style attribute") << QStringLiteral("<p style=\"background:url(http://x.test/bg.png)\">One</p>"
                                                           "<p style='background:url(\"file:///etc/passwd\")'>Two</p>"
                                                           "<p STYLE=background:\\75rl(http://x.test/c.png)>Three</p>")
                                         << QStringLiteral("OneTwoThree");
        QTest::newRow("style element") << QStringLiteral(
                                              "<style>@import url(http://x.test/a.css); @import 'http://x.test/b.css';"
                                              "p{background:url('http://x.test/b.png')}</style><p>Styled</p>")
                                       << QStringLiteral("Styled");
        QTest::newRow("link stylesheet")
            << QStringLiteral("<link rel=stylesheet href=http://x.test/s.css><LINK REL=\"STYLESHEET\" "
                              "HREF='http://x.test/t.css'><link rel=\"icon\" href=\"http://x.test/i.ico\">"
                              "<link rel=\"stylesheet\" href=\"myelin://style/content.css\">")
            << QString();
        QTest::newRow("link inside a comment")
            << QStringLiteral("<!-- <link rel=\"stylesheet\" href=\"http://x.test/c.css\"> --><p>Visible</p>")
            << QStringLiteral("Visible");
        QTest::newRow("script split oddly")
            << QStringLiteral("<scr<script></script>ipt>alert(1)</script><p>Safe</p>") << QStringLiteral("Safe");
        QTest::newRow("script without end")
            << QStringLiteral("<p>Before</p><script src=\"http://x.test/a.js\">") << QStringLiteral("Before");
        QTest::newRow("upper-case script")
            << QStringLiteral("<SCRIPT>alert(1)</SCRIPT ><p>Shown</p>") << QStringLiteral("Shown");
        QTest::newRow("event handlers") << QStringLiteral("<p onclick=\"alert(1)\" ONMOUSEOVER='x()'>Handled</p>"
                                                          "<img src=\"myelin://image/dot\" onerror=\"alert(2)\">")
                                        << QStringLiteral("Handled");
        QTest::newRow("forms") << QStringLiteral("<form action=\"http://x.test/post\"><button formaction="
                                                 "\"http://x.test/b\">Go</button><input type=\"image\" "
                                                 "src=\"http://x.test/i.png\"></form>")
                               << QStringLiteral("Go");
        QTest::newRow("old attributes")
            << QStringLiteral("<table background=\"http://x.test/bg.png\"><tr><td>Cell</td></tr></table>"
                              "<blockquote cite=\"http://x.test/q\">Quote</blockquote>"
                              "<a href=\"#top\" ping=\"http://x.test/p\">Top</a>")
            << QStringLiteral("CellQuoteTop");
        QTest::newRow("noscript and template")
            << QStringLiteral("<noscript><img src=\"http://x.test/t.gif\">No script</noscript>"
                              "<template><img src=\"http://x.test/t.png\"></template>")
            << QStringLiteral("No script");
        QTest::newRow("mathml") << QStringLiteral("<math href=\"http://x.test/\"><mi>x</mi></math>")
                                << QStringLiteral("x");
    }

    void hostileHtmlLeavesNothingOutside()
    {
        QFETCH(QString, body);
        QFETCH(QString, kept);
        const QString html = SelfContainedHtml::make(pageWith(body), Css, lookup);

        const QString lower = html.toLower();
        for (const QString &address : Forbidden) {
            QVERIFY2(!lower.contains(address), qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(address, html)));
        }
        const Parsed parsed = parse(html);
        for (const char *element : {"script", "iframe", "frame", "object", "embed", "base", "video", "audio", "source",
                                    "track", "param", "animate", "set", "template", "link"}) {
            QVERIFY2(!parsed.elements.contains(QLatin1String(element)),
                     qPrintable(element + (QLatin1Char('\n') + html)));
        }
        for (const QString &attribute : parsed.attributes) {
            const QString name = attribute.section(QLatin1Char(' '), 1).section(QLatin1Char('='), 0, 0).toLower();
            QVERIFY2(!name.startsWith(QLatin1String("on")), qPrintable(attribute));
            QVERIFY2(name != QLatin1String("srcset") && name != QLatin1String("action") &&
                         name != QLatin1String("formaction") && name != QLatin1String("ping"),
                     qPrintable(attribute));
        }
        // One policy, the saved page's own, in <head> before the styles.
        QCOMPARE(parsed.metas, QStringList{QStringLiteral("Content-Security-Policy|") + Policy});
        QVERIFY(parsed.headMetaPosition >= 0);
        QVERIFY(parsed.headMetaPosition < parsed.headStylePosition);
        // The stylesheet is there once, with its picture inlined.
        QCOMPARE(html.count(QStringLiteral("p{color:black}")), 1);
        QVERIFY(html.contains(QStringLiteral("body{background:url(\"") + DotUri + QStringLiteral("\")}")));
        QVERIFY(!parsed.styles.join(QString()).contains(QStringLiteral("@import")));
        // What the reader should see is still there.
        QVERIFY2(parsed.text.simplified().contains(kept), qPrintable(parsed.text.simplified()));
        QVERIFY(parsed.text.contains(QStringLiteral("Test article")));
    }

    void picturesAreInlinedWhateverTheQuoting()
    {
        const QString html = SelfContainedHtml::make(
            pageWith(QStringLiteral("<figure><IMG SRC='myelin://image/dot' ALT=\"A grey dot\" WIDTH=10></figure>"
                                    "<svg><image href=\"myelin://image/dot\"/></svg>"
                                    "<img src=\"myelin://image/missing\" alt=\"A &lt;missing&gt; picture\">"
                                    "<img src=\"myelin://image/missing\">")),
            Css, lookup);
        const Parsed parsed = parse(html);
        QVERIFY2(parsed.attributes.contains(QStringLiteral("img src=") + DotUri), qPrintable(html));
        QVERIFY(parsed.attributes.contains(QStringLiteral("img alt=A grey dot")));
        QVERIFY(parsed.attributes.contains(QStringLiteral("img width=10")));
        QVERIFY2(parsed.attributes.contains(QStringLiteral("image href=") + DotUri), qPrintable(html));
        // A picture that cannot be shown is described, escaped; one without a description is left out.
        QVERIFY2(html.contains(QStringLiteral("<span class=\"missing-image\">A &lt;missing&gt; picture</span>")),
                 qPrintable(html));
        QCOMPARE(parsed.elements.count(QStringLiteral("img")), 1);
    }

    void outsideLinksAndThePageStay()
    {
        const QString html = SelfContainedHtml::make(
            pageWith(QStringLiteral("<p><a href=\"https://example.org/a?b=1&amp;c=2\" onclick=\"x()\">Outside</a> "
                                    "<a href='mailto:group@example.org'>Mail</a> <a href=#sources>Sources</a> "
                                    "<a href=\"myelin://glossary/relapse\" title=\"A flare-up\">relapse</a></p>"
                                    "<svg><defs><linearGradient id=\"g\"></linearGradient></defs>"
                                    "<rect fill=\"url(#g)\"/><use href=\"#g\"/></svg>")),
            Css, lookup);
        const Parsed parsed = parse(html);
        QVERIFY2(parsed.attributes.contains(QStringLiteral("a href=https://example.org/a?b=1&c=2")),
                 qPrintable(parsed.attributes.join(QLatin1Char('\n'))));
        QVERIFY(parsed.attributes.contains(QStringLiteral("a href=mailto:group@example.org")));
        QVERIFY(parsed.attributes.contains(QStringLiteral("a href=#sources")));
        QVERIFY(parsed.attributes.contains(QStringLiteral("a title=A flare-up")));
        QVERIFY(!html.contains(QStringLiteral("myelin:")));
        QVERIFY(!html.contains(QStringLiteral("onclick")));
        // Parts of the page itself: an SVG gradient and a reference to it.
        QVERIFY2(parsed.attributes.contains(QStringLiteral("rect fill=url(\"#g\")")), qPrintable(html));
        QVERIFY(parsed.attributes.contains(QStringLiteral("use href=#g")));
        QVERIFY(parsed.text.contains(QStringLiteral("Outside Mail Sources relapse")));
        QVERIFY(parsed.text.contains(QStringLiteral("information, not medical advice")));
    }

    void savedArticleEndsWithWhereItCameFrom()
    {
        Article article;
        article.slug = QStringLiteral("a");
        article.title = QStringLiteral("Tom & Jerry <3");
        article.reviewed = QStringLiteral("2026-03-04");
        article.html = QStringLiteral("<p>Body</p>");
        const QString html = SelfContainedHtml::article(article, SelfContainedHtml::rootStyle(14), Css, lookup,
                                                        QStringLiteral("Group <Notes> & co"), QDate(2027, 6, 3));
        QVERIFY2(html.contains(QStringLiteral("<p class=\"exported\">From Group &lt;Notes&gt; &amp; co, saved on 3 "
                                              "June 2027.</p></main>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<title>Tom &amp; Jerry &lt;3</title>")));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("font-size:18.67px;")));
    }

    // --- printed pages ---

    void printPagesLoseOnlyTheAppsLinks()
    {
        const QString html = SelfContainedHtml::withoutAppLinks(pageWith(
            QStringLiteral("<p><a href='myelin://article/x'>One</a> <A HREF=myelin://glossary/y>Two</A> "
                           "<a href=\"javascript:alert(1)\">Three</a> <a href=\"https://example.org/\">Four</a> "
                           "<a href=\"mailto:a@example.org\">Five</a> <a href=\"#s\">Six</a></p>"
                           "<img src=\"myelin://image/dot\" alt=\"dot\">")));
        const Parsed parsed = parse(html);
        QStringList hrefs;
        for (const QString &attribute : parsed.attributes) {
            if (attribute.startsWith(QLatin1String("a href="))) {
                hrefs << attribute.mid(7);
            }
        }
        QCOMPARE(hrefs, (QStringList{QStringLiteral("https://example.org/"), QStringLiteral("mailto:a@example.org"),
                                     QStringLiteral("#s")}));
        QVERIFY(parsed.text.contains(QStringLiteral("One Two Three Four Five Six")));
        // The printing page still gets its pictures and stylesheet from the app.
        QVERIFY(parsed.attributes.contains(QStringLiteral("img src=myelin://image/dot")));
        QVERIFY(parsed.attributes.contains(QStringLiteral("link href=myelin://style/content.css")));
    }

    void glossaryTermsAreThoseLinked()
    {
        const QString html = QStringLiteral(
            "<p><a href=\"myelin://glossary/relapse\">relapse</a> <a href='myelin://glossary/mri'>MRI</a> "
            "<a href=myelin://glossary/relapse>again</a> <a href=\"myelin://glossary/Bad!\">bad</a> "
            "<!-- <a href=\"myelin://glossary/commented\">c</a> --> "
            "<span data-x='href=\"myelin://glossary/in-an-attribute\"'>s</span> "
            "<a href=\"myelin://article/relapses\">article</a> <a href=\"myelin://glossary/lesion_2\">l</a></p>");
        QCOMPARE(PrintHtml::glossaryTermsIn(html),
                 (QStringList{QStringLiteral("relapse"), QStringLiteral("mri"), QStringLiteral("lesion_2")}));
        QVERIFY(PrintHtml::glossaryTermsIn(QString()).isEmpty());
    }
};

QTEST_MAIN(TestExportSelfContained)
#include "tst_export_selfcontained.moc"
