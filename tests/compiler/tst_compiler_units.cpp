// SPDX-License-Identifier: GPL-3.0-or-later
// Small parts of the compiler: readability, slugs and dates, front matter splitting, diagnostics.
#include "buildlimits.h"
#include "diagnostics.h"
#include "formats.h"
#include "frontmatter.h"
#include "readability.h"

#include <QtTest>

using namespace Myelin::Compiler;

class TestCompilerUnits : public QObject
{
    Q_OBJECT

private slots:
    void syllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::newRow("the") << QStringLiteral("the") << 1;
        QTest::newRow("multiple") << QStringLiteral("multiple") << 3;
        QTest::newRow("sclerosis") << QStringLiteral("sclerosis") << 3;
        QTest::newRow("make") << QStringLiteral("make") << 1;
        QTest::newRow("table") << QStringLiteral("table") << 2;
        QTest::newRow("wanted") << QStringLiteral("wanted") << 2;
        QTest::newRow("jumped") << QStringLiteral("jumped") << 1;
        QTest::newRow("nervous") << QStringLiteral("nervous") << 2;
        QTest::newRow("punctuation") << QStringLiteral("(system),") << 2;
        QTest::newRow("number") << QStringLiteral("2026") << 1;
    }

    void syllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(countSyllables(word), syllables);
    }

    void fleschKincaidGrade()
    {
        const Readability text =
            measureReadability(QStringLiteral("Multiple sclerosis affects the central nervous system."));
        QCOMPARE(text.words, 7);
        QCOMPARE(text.sentences, 1);
        QCOMPARE(text.syllables, 15);
        QCOMPARE(text.grade, 12.4); // 0.39 * 7 + 11.8 * 15 / 7 - 15.59
        QCOMPARE(measureReadability(QStringLiteral("The cat sat on the mat.")).grade, 0.0); // never below 0
        QCOMPARE(measureReadability(QString()).words, 0);
    }

    void blocksEndSentences()
    {
        const Readability text =
            measureReadability(QStringLiteral("A heading\nFirst item\nSecond item. And more!\n - \n"));
        QCOMPARE(text.sentences, 4);
        QCOMPARE(text.words, 8);
    }

    void slugs()
    {
        QVERIFY(isValidSlug(QStringLiteral("ccsvi-trial-results")));
        QVERIFY(isValidSlug(QStringLiteral("a1")));
        QVERIFY(!isValidSlug(QStringLiteral("Ccsvi")));
        QVERIFY(!isValidSlug(QStringLiteral("double--hyphen")));
        QVERIFY(!isValidSlug(QStringLiteral("-start")));
        QVERIFY(!isValidSlug(QStringLiteral("under_score")));
        QVERIFY(!isValidSlug(QString()));
        QCOMPARE(slugify(QStringLiteral("Side effects & risks")), QStringLiteral("side-effects-risks"));
        QCOMPARE(slugify(QStringLiteral("  Café au lait ")), QStringLiteral("cafe-au-lait"));
        QCOMPARE(slugify(QStringLiteral("???")), QStringLiteral("section"));
    }

    void dates()
    {
        QVERIFY(isValidDay(QStringLiteral("2024-02-29")));
        QVERIFY(!isValidDay(QStringLiteral("2023-02-29")));
        QVERIFY(!isValidDay(QStringLiteral("2023-2-1")));
        QVERIFY(!isValidDay(QStringLiteral("2023-02")));
        QVERIFY(isValidPartialDate(QStringLiteral("2013")));
        QVERIFY(isValidPartialDate(QStringLiteral("2013-10")));
        QVERIFY(isValidPartialDate(QStringLiteral("2013-10-31")));
        QVERIFY(!isValidPartialDate(QStringLiteral("2013-13")));
        QVERIFY(!isValidPartialDate(QStringLiteral("2013-11-31")));
        QVERIFY(!isValidPartialDate(QStringLiteral("13")));
        QVERIFY(isHttpUrl(QStringLiteral("https://doi.org/10.1001/jamaneurol.2017.3825")));
        QVERIFY(!isHttpUrl(QStringLiteral("https://")));
        QVERIFY(!isHttpUrl(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!isHttpUrl(QStringLiteral("https://a b.org")));
    }

    void frontMatter()
    {
        const FrontMatter split =
            splitFrontMatter(QStringLiteral("---\r\nslug: x\r\ntitle: y\r\n---  \r\nBody\r\nmore"));
        QVERIFY(split.found);
        QVERIFY(split.closed);
        QCOMPARE(split.yaml, QStringLiteral("slug: x\ntitle: y"));
        QCOMPARE(split.closingLine, 4);
        QCOMPARE(split.bodyLineOffset, 4);
        QCOMPARE(split.body, QStringLiteral("Body\nmore"));
        QVERIFY(!splitFrontMatter(QStringLiteral("slug: x\n---\n")).found);
        QVERIFY(!splitFrontMatter(QStringLiteral("---\nslug: x\n")).closed);
    }

    void similarDiagnosticsAreCounted()
    {
        Diagnostics diagnostics;
        const int total = 100000;
        for (int i = 1; i <= total; ++i) {
            diagnostics.warning(QStringLiteral("articles/a.md"), i, QStringLiteral("<div> removed (its text is kept)"));
            diagnostics.warning(QStringLiteral("articles/a.md"), i,
                                QStringLiteral("link to 'x%1' removed: not allowed").arg(i));
        }
        diagnostics.warning(QStringLiteral("articles/b.md"), 3, QStringLiteral("<div> removed (its text is kept)"));
        diagnostics.error(QStringLiteral("articles/a.md"), 7, QStringLiteral("<div> removed (its text is kept)"));
        // Every one is counted; per file and kind, the first ones are shown and one more line counts the rest.
        QCOMPARE(diagnostics.warningCount(), 2 * total + 1);
        QCOMPARE(diagnostics.errorCount(), 1);
        const int shown = Limits::SimilarDiagnostics + 1;
        QCOMPARE(diagnostics.items().size(), 2 * shown + 2);
        const QList<Diagnostic> sorted = diagnostics.sorted();
        QStringList lines;
        for (const Diagnostic &diagnostic : sorted) {
            lines << Diagnostics::format(diagnostic, QStringLiteral("data"));
        }
        QVERIFY(lines.contains(QStringLiteral("data/articles/a.md:%1: warning: <div> removed (its text is kept) "
                                              "(and %2 more like this)")
                                   .arg(shown)
                                   .arg(total - shown)));
        QVERIFY(lines.contains(QStringLiteral("data/articles/a.md:%1: warning: link to 'x%1' removed: not allowed "
                                              "(and %2 more like this)")
                                   .arg(shown)
                                   .arg(total - shown)));
        QVERIFY(lines.contains(QStringLiteral("data/articles/a.md:7: error: <div> removed (its text is kept)")));
        QVERIFY(lines.contains(QStringLiteral("data/articles/b.md:3: warning: <div> removed (its text is kept)")));
    }

    void strictCountsWarningsAsErrors()
    {
        Diagnostics diagnostics(true);
        for (int i = 0; i < 50; ++i) {
            diagnostics.warning(QStringLiteral("a.md"), 1, QStringLiteral("same"));
        }
        QCOMPARE(diagnostics.errorCount(), 50);
        QCOMPARE(diagnostics.warningCount(), 0);
        QCOMPARE(diagnostics.items().size(), Limits::SimilarDiagnostics + 1);
    }
};

QTEST_GUILESS_MAIN(TestCompilerUnits)
#include "tst_compiler_units.moc"
