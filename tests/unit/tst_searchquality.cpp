// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 in the headless core, on the bundled content: the words readers use (synonyms, UK and US
// spellings), questions typed as questions, and glossary terms shown as a definition card rather than
// taking an article's place. (Spelling: tst_spelling. The same in the popup and results tab: tst_search_ui.)
#include "core/contentdatabase.h"
#include "core/searchengine.h"

#include <QSet>
#include <QTest>

using namespace Myelin;

class TestSearchQuality : public QObject
{
    Q_OBJECT

    ContentDatabase::OpenResult m_content;

    SearchEngine::Result search(const QString &text) const
    {
        SearchEngine::Options options;
        options.asYouType = false;
        return SearchEngine(*m_content.database).search(text, options);
    }

    static QString first(const SearchEngine::Result &result)
    {
        return result.hits.isEmpty() ? QString()
                                     : result.hits.first().kindId() + QLatin1Char(':') + result.hits.first().ref;
    }

private slots:
    void initTestCase()
    {
        m_content = ContentDatabase::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(m_content.database, qPrintable(m_content.message));
    }

    void readersWordsFindThePage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("page");
        QTest::newRow("regional: MP") << QStringLiteral("letter to my MP")
                                      << QStringLiteral("article:ccsvi-letter-to-representative");
        QTest::newRow("regional: congressman")
            << QStringLiteral("write to my congressman") << QStringLiteral("article:ccsvi-letter-to-representative");
        QTest::newRow("lay: hot weather")
            << QStringLiteral("hot weather") << QStringLiteral("article:heat-sensitivity");
        QTest::newRow("lay: tired all the time")
            << QStringLiteral("tired all the time") << QStringLiteral("article:fatigue");
        QTest::newRow("lay: sham surgery")
            << QStringLiteral("sham surgery") << QStringLiteral("article:ccsvi-trial-results");
        QTest::newRow("lay: glandular fever")
            << QStringLiteral("glandular fever") << QStringLiteral("article:epstein-barr-virus");
        QTest::newRow("named: ccsvi") << QStringLiteral("ccsvi") << QStringLiteral("article:ccsvi");
        QTest::newRow("question: children")
            << QStringLiteral("can I have children with ms") << QStringLiteral("article:pregnancy-and-parenthood");
        QTest::newRow("question: fatal") << QStringLiteral("is ms fatal") << QStringLiteral("article:what-is-ms");
        QTest::newRow("question: diet") << QStringLiteral("does diet help") << QStringLiteral("article:diet-and-ms");
    }

    void readersWordsFindThePage()
    {
        QFETCH(QString, typed);
        QFETCH(QString, page);
        const SearchEngine::Result result = search(typed);
        QCOMPARE(first(result), page);
    }

    void synonymsAreSearchedAndSaidSo()
    {
        const SearchEngine::Result result = search(QStringLiteral("letter to my MP"));
        QVERIFY(result.addedWords.contains(QStringLiteral("representative")));
        QVERIFY(!result.relaxed);
    }

    void ukAndUsSpellingsFindTheSamePages()
    {
        // The same pages (each spelling ranks the pages written its own way a little higher).
        const auto pages = [this](const QString &text) {
            SearchEngine::Options options;
            options.asYouType = false;
            options.limit = 200;
            QSet<QString> refs;
            for (const SearchHit &hit : SearchEngine(*m_content.database).search(text, options).hits) {
                refs.insert(hit.kindId() + QLatin1Char(':') + hit.ref);
            }
            return refs;
        };
        const QSet<QString> uk = pages(QStringLiteral("randomised"));
        QVERIFY(uk.size() > 3);
        QCOMPARE(pages(QStringLiteral("randomized")), uk);
        QVERIFY(!pages(QStringLiteral("fiber")).isEmpty());
        QCOMPARE(pages(QStringLiteral("fiber")), pages(QStringLiteral("fibre")));
    }

    void questionWordsDoNotDrownTheContentWords()
    {
        // Every word must match, yet "can", "I", "have" and "with" are not required of the pages.
        const SearchEngine::Result result = search(QStringLiteral("can I have children with ms"));
        QVERIFY(!result.relaxed);
        QVERIFY(result.hits.size() >= 3);
    }

    void aNamedTermIsACardNotTheFirstResult_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("page"); // the first result under the card
        QTest::newRow("sham surgery") << QStringLiteral("sham surgery") << QStringLiteral("sham-procedure")
                                      << QStringLiteral("article:ccsvi-trial-results");
        QTest::newRow("ccsvi") << QStringLiteral("ccsvi") << QStringLiteral("ccsvi") << QStringLiteral("article:ccsvi");
        QTest::newRow("uhthoff") << QStringLiteral("uhthoff") << QStringLiteral("uhthoff")
                                 << QStringLiteral("article:heat-sensitivity");
        QTest::newRow("what is myelin") << QStringLiteral("what is myelin") << QStringLiteral("myelin") << QString();
    }

    void aNamedTermIsACardNotTheFirstResult()
    {
        QFETCH(QString, typed);
        QFETCH(QString, term);
        QFETCH(QString, page);
        const SearchEngine::Result result = search(typed);
        QVERIFY(result.definition.has_value());
        QCOMPARE(result.definition->slug, term);
        QVERIFY(!result.definition->definition.isEmpty());
        for (const SearchHit &hit : result.hits) {
            QVERIFY(!(hit.kind == SearchHit::Kind::Term && hit.ref == term)); // not repeated below
        }
        QVERIFY(!result.hits.isEmpty());
        QCOMPARE(result.hits.first().kind, SearchHit::Kind::Article); // a term never takes an article's place
        if (!page.isEmpty()) {
            QCOMPARE(first(result), page);
        }
    }

    void nothingWithEveryWordFallsBackToSomeOfThem()
    {
        const SearchEngine::Result result = search(QStringLiteral("fatigue zzyzxq"));
        QVERIFY(result.relaxed);
        QCOMPARE(first(result), QStringLiteral("article:fatigue"));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuality)
#include "tst_searchquality.moc"
