// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlerenderer.h"
#include "core/contenturl.h"

#include <QTest>

using namespace Myelin;

class TestArticleRenderer : public QObject
{
    Q_OBJECT

private:
    static Article sample()
    {
        Article a;
        a.slug = QStringLiteral("ccsvi");
        a.title = QStringLiteral("Veins <and> MS");
        a.summary = QStringLiteral("A summary & more.");
        a.evidence = QStringLiteral("not-supported");
        a.reviewed = QStringLiteral("2026-11-26");
        a.html = QStringLiteral("<p>Body text.</p>");
        a.sources = {{QStringLiteral("Brave Dreams"), QStringLiteral("JAMA Neurology"), 2018,
                      QStringLiteral("https://doi.org/10.1001/jamaneurol.2017.3825")}};
        return a;
    }

private slots:
    void pageHasEveryPart()
    {
        const QString html = ArticleRenderer(QStringLiteral("font-size:27px;")).renderArticle(sample());
        QVERIFY(html.contains(QStringLiteral("<h1 id=\"title\">Veins &lt;and&gt; MS</h1>")));
        QVERIFY(html.contains(QStringLiteral("<title>Veins &lt;and&gt; MS</title>")));
        QVERIFY(html.contains(QStringLiteral("A summary &amp; more.")));
        QVERIFY(html.contains(QStringLiteral("<p>Body text.</p>")));
        QVERIFY(html.contains(QStringLiteral("Not supported by good studies")));
        QVERIFY(html.contains(QStringLiteral("https://doi.org/10.1001/jamaneurol.2017.3825")));
        QVERIFY(html.contains(QStringLiteral("JAMA Neurology, 2018")));
        QVERIFY(html.contains(QStringLiteral("Last reviewed:")));
        QVERIFY(html.contains(ArticleRenderer::disclaimer().toHtmlEscaped()));
        // The feedback buttons carry this run's key (core/contenturl), which content cannot know.
        QVERIFY(html.contains(
            ContentUrl::feedbackHref(QStringLiteral("ccsvi"), QStringLiteral("answer=yes")).toHtmlEscaped()));
        QVERIFY(!html.contains(QStringLiteral("myelin://feedback/ccsvi?answer=yes")));
        QVERIFY(html.contains(QStringLiteral(":root{font-size:27px;}")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
    }

    void documentsLeaveOutTheReadersControls()
    {
        const QString screen = ArticleRenderer().renderArticle(sample());
        const QString document = ArticleRenderer({}, ArticleRenderer::Medium::Document).renderArticle(sample());
        QVERIFY(screen.contains(QStringLiteral("myelin://feedback/")));
        QVERIFY(!document.contains(QStringLiteral("myelin://feedback/")));
        QVERIFY(document.contains(ArticleRenderer::disclaimer().toHtmlEscaped())); // the note stays

        TimelineEvent event;
        event.date = QStringLiteral("2013-10");
        event.year = 2013;
        event.title = QStringLiteral("CoSMo");
        event.topic = QStringLiteral("research");
        event.articleSlug = QStringLiteral("ccsvi");
        const QStringList topics{QStringLiteral("research")};
        const QString onScreen = ArticleRenderer().renderTimeline({event}, topics, {});
        const QString onPaper =
            ArticleRenderer({}, ArticleRenderer::Medium::Document).renderTimeline({event}, topics, {});
        QVERIFY(onScreen.contains(QStringLiteral("class=\"topics\"")));
        QVERIFY(onScreen.contains(QStringLiteral("myelin://article/ccsvi")));
        QVERIFY(!onPaper.contains(QStringLiteral("class=\"topics\"")));
        QVERIFY(!onPaper.contains(QStringLiteral("myelin://article/ccsvi")));
        QVERIFY(onPaper.contains(QStringLiteral("CoSMo")));
    }

    void noEvidenceBadgeWithoutStatus()
    {
        Article a = sample();
        a.evidence.clear();
        QVERIFY(!ArticleRenderer().renderArticle(a).contains(QStringLiteral("class=\"evidence")));
    }

    void everyEvidenceIdHasALabel()
    {
        for (const char *id : {"established", "emerging", "mixed", "not-supported", "no-evidence"}) {
            QVERIFY2(!ArticleRenderer::evidenceLabel(QLatin1String(id)).isEmpty(), id);
            QVERIFY2(!ArticleRenderer::evidenceExplanation(QLatin1String(id)).isEmpty(), id);
        }
        QVERIFY(ArticleRenderer::evidenceLabel(QStringLiteral("bogus")).isEmpty());
    }

    void glossaryWordsOnScreenHaveNoTooltipButADescription()
    {
        Article a = sample();
        a.html = QStringLiteral("<p><a href=\"myelin://glossary/ms\" title=\"Multiple &quot;MS&quot;.\" "
                                "class=\"term\">MS</a> and <a href=\"myelin://glossary/ms\" "
                                "title=\"Multiple &quot;MS&quot;.\" class=\"term\">again</a></p>");
        const QString screen = ArticleRenderer().renderArticle(a);
        QVERIFY(!screen.contains(QStringLiteral("title=\"Multiple")));
        QCOMPARE(screen.count(QStringLiteral("<a href=\"myelin://glossary/ms\" class=\"term\" "
                                             "aria-describedby=\"term-definition-ms\">")),
                 2);
        QCOMPARE(screen.count(QStringLiteral("<span id=\"term-definition-ms\">Multiple &quot;MS&quot;.</span>")), 1);
        QVERIFY(screen.contains(QStringLiteral("<div class=\"term-definitions\" hidden>")));
        // Printouts and saved files keep the title (no popover there).
        const QString document = ArticleRenderer({}, ArticleRenderer::Medium::Document).renderArticle(a);
        QVERIFY(document.contains(a.html));
    }

    void seeAlsoShowsTitles()
    {
        GlossaryTerm term;
        term.slug = QStringLiteral("autoimmune");
        term.term = QStringLiteral("Autoimmune");
        term.definition = QStringLiteral("A definition.");
        term.seeAlso = {QStringLiteral("immune-system"), QStringLiteral("unknown-one")};
        const QString html = ArticleRenderer().renderGlossaryTerm(
            term, {}, {{QStringLiteral("immune-system"), QStringLiteral("Immune <system>")}});
        QVERIFY(html.contains(QStringLiteral("<a href=\"myelin://glossary/immune-system\">Immune &lt;system&gt;</a>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"myelin://glossary/unknown-one\">unknown-one</a>")));
    }
};

QTEST_GUILESS_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
