// SPDX-License-Identifier: GPL-3.0-or-later
// Citations ([N](source:N)) and the figure check: every sentence that gives a number must be traceable
// to one of the article's sources.
#include "markdownrenderer.h"

#include <QtTest>

using namespace Myelin::Compiler;

namespace {

const QStringList TwoSources = {QStringLiteral("Atlas of MS"), QStringLiteral("A \"quoted\" trial & more")};

RenderedMarkdown render(const QString &markdown, const QStringList &sources = TwoSources)
{
    static const LinkTargets targets;
    return renderMarkdown(markdown, targets, sources);
}

QStringList uncited(const RenderedMarkdown &rendered)
{
    QStringList found;
    for (const FigureSentence &figure : rendered.figures) {
        if (!figure.cited) {
            found.append(figure.sentence);
        }
    }
    return found;
}

} // namespace

class TestCompilerCitations : public QObject
{
    Q_OBJECT

private slots:
    void aCitationBecomesAMarkerLinkingToItsSource()
    {
        const RenderedMarkdown rendered = render(QStringLiteral("About 2.8 million people have MS.[2](source:2)\n"));
        QVERIFY2(rendered.issues.isEmpty(), qPrintable(rendered.issues.value(0).message));
        QVERIFY2(rendered.html.contains(QStringLiteral(
                     "<sup><a href=\"#source-2\" title=\"Source 2: A &quot;quoted&quot; trial &amp; more\" "
                     "class=\"cite\">[2]</a></sup>")),
                 qPrintable(rendered.html));
        QVERIFY(rendered.text.contains(QStringLiteral("MS.[2]")));
    }

    void theMarkerShowsTheSourceNumberWhateverTheLinkText()
    {
        const RenderedMarkdown rendered = render(QStringLiteral("Text.[see here](source:1)\n"));
        QVERIFY(rendered.html.contains(QStringLiteral(">[1]</a></sup>")));
        QVERIFY(!rendered.html.contains(QStringLiteral("see here")));
    }

    void aCitationOfAMissingSourceIsAnErrorOnItsLine_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("beyond the list") << QStringLiteral("source:3");
        QTest::newRow("zero") << QStringLiteral("source:0");
        QTest::newRow("not a number") << QStringLiteral("source:atlas");
        QTest::newRow("empty") << QStringLiteral("source:");
    }

    void aCitationOfAMissingSourceIsAnErrorOnItsLine()
    {
        QFETCH(QString, target);
        const RenderedMarkdown rendered = render(QStringLiteral("First line.\n\nSome text.[1](%1)\n").arg(target));
        QCOMPARE(rendered.issues.size(), 1);
        QCOMPARE(rendered.issues.first().severity, Severity::Error);
        QCOMPARE(rendered.issues.first().line, 3);
        QVERIFY2(rendered.issues.first().message.contains(QStringLiteral("front matter lists 2")),
                 qPrintable(rendered.issues.first().message));
        QVERIFY(!rendered.html.contains(QStringLiteral("cite")));
    }

    void statesFigure_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("figure");
        QTest::newRow("percentage") << QStringLiteral("It was found in 74% of people.") << true;
        QTest::newRow("count") << QStringLiteral("The trial included 104 people.") << true;
        QTest::newRow("large count") << QStringLiteral("About 2,300 people took part.") << true;
        QTest::newRow("decimal") << QStringLiteral("About 2.8 million people live with MS.") << true;
        QTest::newRow("one in") << QStringLiteral("One in every three people is affected.") << true;
        QTest::newRow("half of") << QStringLiteral("Half of people with MS have pain.") << true;
        QTest::newRow("per cent") << QStringLiteral("Ten per cent had a relapse.") << true;
        QTest::newRow("years") << QStringLiteral("The difference was about 7 years.") << true;
        QTest::newRow("year as count") << QStringLiteral("There were 1900 people in the study.") << true;
        QTest::newRow("money") << QStringLiteral("The society set aside $1 million.") << true;
        QTest::newRow("a year") << QStringLiteral("In 2017, a drug was approved for PPMS.") << false;
        QTest::newRow("a decade") << QStringLiteral("In the 1990s, the first treatments came.") << false;
        QTest::newRow("a date") << QStringLiteral("On 5 June 2020 the trial ended.") << false;
        QTest::newRow("us date") << QStringLiteral("On June 5, 2020 the trial ended.") << false;
        QTest::newRow("month year") << QStringLiteral("In March 2017 the group met.") << false;
        QTest::newRow("year span") << QStringLiteral("It was proposed over 2006-2009.") << false;
        QTest::newRow("names with digits") << QStringLiteral("COVID-19 and vitamin B12 and D3.") << false;
        QTest::newRow("ordinal") << QStringLiteral("In the 21st century.") << false;
        QTest::newRow("one of") << QStringLiteral("This is one of the symptoms.") << false;
        QTest::newRow("no number") << QStringLiteral("Cooling down helps.") << false;
    }

    void statesFigure()
    {
        QFETCH(QString, sentence);
        QFETCH(bool, figure);
        QCOMPARE(Myelin::Compiler::statesFigure(sentence), figure);
    }

    void eachSentenceWithAFigureMustCarryAMarker()
    {
        const RenderedMarkdown rendered =
            render(QStringLiteral("MS is common. About 2.8 million people have it.[1](source:1) In 2013, a study of\n"
                                  "1,767 people found it in 3% of people with MS. Cooling helps.\n"));
        QCOMPARE(rendered.figures.size(), 2);
        QVERIFY(rendered.figures.at(0).cited);
        QCOMPARE(rendered.figures.at(0).line, 1);
        QCOMPARE(uncited(rendered),
                 QStringList{QStringLiteral("In 2013, a study of 1,767 people found it in 3% of people with MS.")});
    }

    void aMarkerAfterTheFullStopBelongsToThatSentence()
    {
        const RenderedMarkdown rendered =
            render(QStringLiteral("Some 74% had it. [1](source:1)[2](source:2) Then 2% did.\n"));
        QCOMPARE(uncited(rendered), QStringList{QStringLiteral("Then 2% did.")});
    }

    void aNumberedPointIsNotAFigure()
    {
        const RenderedMarkdown rendered = render(QStringLiteral("**1.** A safeguarding lead. **2.** A policy.\n"));
        QVERIFY(rendered.figures.isEmpty());
    }

    void abbreviationsAndDecimalsDoNotEndASentence()
    {
        const RenderedMarkdown rendered =
            render(QStringLiteral("Dr. Smith, e.g. in a study, found 2.5 times the risk.[1](source:1)\n"));
        QCOMPARE(rendered.figures.size(), 1);
        QVERIFY(rendered.figures.first().cited);
    }

    void listsAndQuotesAreCheckedHeadingsCodeAndKeysAreNot()
    {
        const RenderedMarkdown rendered =
            render(QStringLiteral("## 3 things to know\n\n- 40% have it.\n\n> 10 people said so.\n\n"
                                  "Press <kbd>Ctrl</kbd>+<kbd>1</kbd> or `Alt+2`.\n"));
        QCOMPARE(uncited(rendered),
                 (QStringList{QStringLiteral("40% have it."), QStringLiteral("10 people said so.")}));
    }

    void aTableRowIsCitedByAMarkerInAnyCell()
    {
        const RenderedMarkdown rendered = render(QStringLiteral("| study | people |\n|---|---|\n"
                                                                "| CoSMo[1](source:1) | 1,767 |\n"
                                                                "| Brave Dreams | 115 |\n"));
        QCOMPARE(rendered.figures.size(), 2);
        QVERIFY(rendered.figures.at(0).cited);
        QVERIFY(!rendered.figures.at(1).cited);
        QCOMPARE(rendered.figures.at(1).line, 4);
        // A marker inside a table cell is rewritten like any other (cells cannot hold custom nodes).
        QVERIFY2(rendered.issues.isEmpty(), qPrintable(rendered.issues.value(0).message));
        QVERIFY2(rendered.html.contains(QStringLiteral("CoSMo<sup><a href=\"#source-1\" title=\"Source 1: Atlas of "
                                                       "MS\" class=\"cite\">[1]</a></sup>")),
                 qPrintable(rendered.html));
    }
};

QTEST_GUILESS_MAIN(TestCompilerCitations)
#include "tst_compiler_citations.moc"
