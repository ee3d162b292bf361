// SPDX-License-Identifier: GPL-3.0-or-later
// "Did you mean ...?": misspellings typical of tremor and brain fog lead to the right articles in
// the bundled content, and correct words are left alone.
#include "core/contentdatabase.h"
#include "core/searchengine.h"
#include "core/spelling.h"

#include <QTest>

using namespace Myelin;

class TestSpelling : public QObject
{
    Q_OBJECT

private:
    ContentDatabase::OpenResult m_content;

    QStringList articleRefs(const SearchEngine &engine, const QString &text)
    {
        SearchEngine::Options options;
        options.limit = 20;
        options.asYouType = false;
        QStringList out;
        const SearchEngine::Result result = engine.search(text, options);
        if (result.definition) { // the glossary term shown as a card above the list
            out.append(QStringLiteral("term:") + result.definition->slug);
        }
        for (const SearchHit &hit : result.hits) {
            out.append(hit.kindId() + QLatin1Char(':') + hit.ref);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_content = ContentDatabase::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(m_content.database, qPrintable(m_content.message));
    }

    void distance()
    {
        QCOMPARE(SpellingSuggester::distance(QStringLiteral("jugular"), QStringLiteral("jugular"), 2), 0);
        QCOMPARE(SpellingSuggester::distance(QStringLiteral("jugluar"), QStringLiteral("jugular"), 2), 1); // swap
        QCOMPARE(SpellingSuggester::distance(QStringLiteral("sclerossi"), QStringLiteral("sclerosi"), 2), 1);
        QCOMPARE(SpellingSuggester::distance(QStringLiteral("angioplasi"), QStringLiteral("angioplasti"), 2), 1);
        QCOMPARE(SpellingSuggester::distance(QStringLiteral("kitten"), QStringLiteral("sitting"), 5), 3);
        QCOMPARE(SpellingSuggester::distance(QStringLiteral("abc"), QStringLiteral("xyz"), 1), 2); // limit + 1
        QCOMPARE(SpellingSuggester::distance(QStringLiteral("a"), QStringLiteral("abcdef"), 2), 3);
        QCOMPARE(SpellingSuggester::distance(QString(), QStringLiteral("ab"), 2), 2);
    }

    void suggestionsLeadToTheRightArticles_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("suggestion");
        QTest::addColumn<QStringList>("expected"); // found when the suggestion is searched

        QTest::newRow("sclerossis") << QStringLiteral("sclerossis") << QStringLiteral("sclerosis")
                                    << QStringList{QStringLiteral("term:multiple-sclerosis"),
                                                   QStringLiteral("article:about-ms")};
        QTest::newRow("jugluar vein") << QStringLiteral("jugluar vein") << QStringLiteral("jugular vein")
                                      << QStringList{QStringLiteral("term:internal-jugular-vein"),
                                                     QStringLiteral("article:ccsvi-general-information")};
        QTest::newRow("angioplasy") << QStringLiteral("angioplasy") << QStringLiteral("angioplasty")
                                    << QStringList{QStringLiteral("term:angioplasty"),
                                                   QStringLiteral("article:ccsvi-trial-results")};
        QTest::newRow("fatgue") << QStringLiteral("fatgue") << QStringLiteral("fatigue")
                                << QStringList{QStringLiteral("article:fatigue")};
        QTest::newRow("swapped first letters") << QStringLiteral("ujgular") << QStringLiteral("jugular")
                                               << QStringList{QStringLiteral("term:internal-jugular-vein")};
        // The example: the stem "liber" was too far from the typed word; the written word is not.
        QTest::newRow("liberaton procedure")
            << QStringLiteral("liberaton procedure") << QStringLiteral("liberation procedure")
            << QStringList{QStringLiteral("article:ccsvi"), QStringLiteral("term:liberation-procedure")};
        QTest::newRow("question with a typo") << QStringLiteral("is ms fatel") << QStringLiteral("is ms fatal")
                                              << QStringList{QStringLiteral("article:what-is-ms")};
        QTest::newRow("phrase") << QStringLiteral("\"sham procedre\"") << QStringLiteral("\"sham procedure\"")
                                << QStringList{QStringLiteral("article:ccsvi-trial-results")};
    }

    void suggestionsLeadToTheRightArticles()
    {
        QFETCH(QString, typed);
        QFETCH(QString, suggestion);
        QFETCH(QStringList, expected);
        SearchEngine engine(*m_content.database);
        // Nothing holds every typed word (what is found holds only some of them).
        const auto result = engine.search(typed);
        QVERIFY(result.hits.isEmpty() || result.relaxed);
        QCOMPARE(engine.suggest(typed, result.relaxed ? 0 : int(result.hits.size())), suggestion);
        const QStringList found = articleRefs(engine, suggestion);
        for (const QString &ref : expected) {
            QVERIFY2(found.contains(ref), qPrintable(ref + QStringLiteral(" not in ") + found.join(QLatin1Char(' '))));
        }
    }

    void correctWordsAreLeftAlone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("fatigue") << QStringLiteral("fatigue");
        QTest::newRow("jugular vein") << QStringLiteral("jugular vein");
        QTest::newRow("word being typed") << QStringLiteral("angiopl");
        QTest::newRow("nothing close") << QStringLiteral("qqqqzzzz");
        QTest::newRow("short") << QStringLiteral("zq");
        QTest::newRow("empty") << QString();
    }

    void correctWordsAreLeftAlone()
    {
        QFETCH(QString, typed);
        SearchEngine engine(*m_content.database);
        QCOMPARE(engine.suggest(typed, int(engine.search(typed).hits.size())), QString());
    }

    void vocabularyIsReadOnFirstUseOnly()
    {
        SearchEngine engine(*m_content.database);
        engine.search(QStringLiteral("fatigue"));
        QVERIFY(!engine.spelling().vocabularyLoaded());
        QVERIFY(!engine.suggest(QStringLiteral("fatgue"), 0).isEmpty());
        QVERIFY(engine.spelling().vocabularyLoaded());
        QVERIFY(engine.spelling().vocabularySize() > 1000);
        // A second engine on the same connection (the temp tables already exist) works too.
        SearchEngine second(*m_content.database);
        QCOMPARE(second.suggest(QStringLiteral("fatgue"), 0), QStringLiteral("fatigue"));
    }
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
