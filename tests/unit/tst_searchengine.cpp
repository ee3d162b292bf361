// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search: ranking, snippets, diacritics, prefixes, phrases, stemming, kinds, and input that
// must never reach SQLite as syntax. Uses a small collection compiled from tests/fixtures/search
// (ranking needs controlled text) and the bundled content.
#include "core/contentdatabase.h"
#include "core/searchengine.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {

QStringList refs(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &hit : hits) {
        out.append(hit.kindId() + QLatin1Char(':') + hit.ref);
    }
    return out;
}

const SearchHit *find(const QList<SearchHit> &hits, const QString &ref)
{
    for (const SearchHit &hit : hits) {
        if (hit.ref == ref) {
            return &hit;
        }
    }
    return nullptr;
}

// kind:ref of every row of an index that matches an FTS5 expression, straight from SQLite.
QStringList matching(const ContentDatabase &db, const QString &table, const QString &expression)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT kind || ':' || ref FROM %1 WHERE %1 MATCH ?").arg(table));
    query.addBindValue(expression);
    QStringList out;
    if (query.exec()) {
        while (query.next()) {
            out.append(query.value(0).toString());
        }
    }
    return out;
}

SearchEngine::Options exact(int limit = 20)
{
    SearchEngine::Options options;
    options.limit = limit;
    options.asYouType = false;
    return options;
}

} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT

private:
    QStringList matching(const QString &table, const QString &expression) const
    {
        return ::matching(*m_content.database, table, expression);
    }

    QTemporaryDir m_dir;
    ContentDatabase::OpenResult m_fixture;
    ContentDatabase::OpenResult m_content;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("search.db"));
        QProcess build;
        build.start(QStringLiteral(MYELIN_BUILD_EXE),
                    {QStringLiteral(MYELIN_FIXTURES_DIR "/search"), QStringLiteral("-o"), db});
        QVERIFY(build.waitForFinished(60000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
        m_fixture = ContentDatabase::open(db);
        QVERIFY2(m_fixture.database, qPrintable(m_fixture.message));
        m_content = ContentDatabase::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(m_content.database, qPrintable(m_content.message));
    }

    void titleHitRanksAboveBodyOnlyHit()
    {
        // "tremor" is in the title of "shaking" once, and three times in the short body of "diary":
        // plain bm25 would put the diary first; the title weight must win.
        const SearchEngine engine(*m_fixture.database);
        const auto result = engine.search(QStringLiteral("tremor"), exact());
        QVERIFY(result.error.isEmpty());
        QCOMPARE(refs(result.hits), (QStringList{QStringLiteral("article:shaking"), QStringLiteral("article:diary")}));
        QCOMPARE(result.hits.at(0).title, QStringLiteral("Tremor and shaking"));
    }

    void bundledTitleHitRanksFirstAmongArticles()
    {
        const SearchEngine engine(*m_content.database);
        SearchEngine::Options options = exact(3);
        options.kind = SearchHit::Kind::Article;
        const auto result = engine.search(QStringLiteral("fatigue"), options);
        QVERIFY(!result.hits.isEmpty());
        QCOMPARE(result.hits.first().ref, QStringLiteral("fatigue"));
        QVERIFY(result.hasMore);
    }

    // Issue 15: "ccsvi" listed the CCSVI glossary first and the main article fourth.
    void anArticleTitledAsTheQueryLeads()
    {
        const SearchEngine engine(*m_content.database);
        for (const QString &typed : {QStringLiteral("ccsvi"), QStringLiteral("CCSVI"), QStringLiteral("fatigue")}) {
            const auto result = engine.search(typed, exact(10));
            QVERIFY(!result.hits.isEmpty());
            QCOMPARE(result.hits.first().kind, SearchHit::Kind::Article);
            QCOMPARE(result.hits.first().ref, typed.toLower());
        }
    }

    void snippetsHighlightMatchesAndEscapeTheRest()
    {
        const SearchEngine engine(*m_fixture.database);
        const auto result = engine.search(QStringLiteral("tremor"), exact());
        const SearchHit *diary = find(result.hits, QStringLiteral("diary"));
        QVERIFY(diary);
        // A body-only hit shows where the word was found, with the word marked.
        QVERIFY2(diary->snippet.contains(QStringLiteral("\x02tremor\x03")), qPrintable(diary->snippet));
        QVERIFY(SearchEngine::toHtml(diary->snippet).contains(QStringLiteral("<b>tremor</b>")));
        QCOMPARE(diary->markedTitle, QStringLiteral("A week of notes"));
        // A title hit marks the title, and shows the summary as its snippet.
        const SearchHit *shaking = find(result.hits, QStringLiteral("shaking"));
        QVERIFY(shaking);
        QCOMPARE(SearchEngine::toHtml(shaking->markedTitle), QStringLiteral("<b>Tremor</b> and shaking"));
        QCOMPARE(SearchEngine::toPlain(shaking->snippet),
                 QStringLiteral("How shaking hands change everyday life, and what helps."));

        QCOMPARE(SearchEngine::toHtml(QStringLiteral("a<b>&\"'\x02x\x03<script>\x02y")),
                 QStringLiteral("a&lt;b&gt;&amp;&quot;&#39;<b>x</b>&lt;script&gt;<b>y</b>"));
        QCOMPARE(SearchEngine::toHtml(QStringLiteral("\x03\x01z")), QStringLiteral("z"));
    }

    void diacriticsAndCaseDoNotMatter_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("slug");
        QTest::newRow("sjogren") << QStringLiteral("sjogren") << QStringLiteral("dry-eyes");
        QTest::newRow("Sjögren") << QStringLiteral("Sjögren") << QStringLiteral("dry-eyes");
        QTest::newRow("SJÖGREN") << QStringLiteral("SJÖGREN") << QStringLiteral("dry-eyes");
        QTest::newRow("lhérmitte") << QStringLiteral("lhérmitte") << QStringLiteral("dry-eyes");
        QTest::newRow("decomposed accent") << QStringLiteral("Sjo\u0308gren") << QStringLiteral("dry-eyes");
    }

    void diacriticsAndCaseDoNotMatter()
    {
        QFETCH(QString, typed);
        QFETCH(QString, slug);
        const SearchEngine engine(*m_fixture.database);
        QCOMPARE(refs(engine.search(typed, exact()).hits), QStringList{QStringLiteral("article:") + slug});
    }

    void bundledDiacritics()
    {
        const SearchEngine engine(*m_content.database);
        const auto plain = refs(engine.search(QStringLiteral("lhermitte"), exact()).hits);
        QVERIFY(!plain.isEmpty());
        QCOMPARE(refs(engine.search(QStringLiteral("Lhérmitte"), exact()).hits), plain);
        QVERIFY(plain.contains(QStringLiteral("article:symptoms")));
    }

    void prefixMatchesTheWordBeingTyped()
    {
        const SearchEngine engine(*m_content.database);
        const auto typing = engine.search(QStringLiteral("scler"));
        QVERIFY(!typing.hits.isEmpty());
        QVERIFY(SearchEngine::toPlain(typing.hits.first().markedTitle + typing.hits.first().snippet)
                    .contains(QStringLiteral("sclerosis"), Qt::CaseInsensitive));
        QVERIFY(typing.hits.first().snippet.contains(QStringLiteral("\x02sclerosis")) ||
                typing.hits.first().markedTitle.contains(QStringLiteral("\x02Sclerosis")) ||
                typing.hits.first().markedTitle.contains(QStringLiteral("\x02sclerosis")));
        // The same letters as a finished word are not a word of the index.
        QVERIFY(engine.search(QStringLiteral("scler "), exact()).hits.isEmpty());
        QVERIFY(engine.search(QStringLiteral("scler"), exact()).hits.isEmpty());
        // Only the last word is a prefix: nothing holds both words, so what is shown holds only some
        // of them (and says so).
        const auto partly = engine.search(QStringLiteral("scler tremor"));
        QVERIFY(partly.relaxed);
        for (const SearchHit &hit : partly.hits) {
            QVERIFY(!SearchEngine::toPlain(hit.snippet).contains(QStringLiteral("scler "), Qt::CaseInsensitive));
        }
    }

    void phrasesKeepWordOrder()
    {
        const SearchEngine engine(*m_fixture.database);
        QCOMPARE(refs(engine.search(QStringLiteral("\"sham procedure\""), exact()).hits),
                 QStringList{QStringLiteral("article:dry-eyes")});
        QVERIFY(engine.search(QStringLiteral("\"procedure sham\""), exact()).hits.isEmpty());
        // Both words without quotes match anywhere in the text, in any order.
        QCOMPARE(refs(engine.search(QStringLiteral("procedure sham"), exact()).hits),
                 QStringList{QStringLiteral("article:dry-eyes")});

        const SearchEngine bundled(*m_content.database);
        const auto result = bundled.search(QStringLiteral("\"sham procedure\""), exact());
        QVERIFY(!result.hits.isEmpty());
        for (const SearchHit &hit : result.hits) {
            // The phrase is marked as one span (it may hold punctuation: "fake (sham) procedure").
            const QString marked = hit.markedTitle + hit.snippet;
            const qsizetype start = marked.indexOf(QChar(SearchEngine::MatchStart));
            const qsizetype end = marked.indexOf(QChar(SearchEngine::MatchEnd), start);
            QVERIFY2(start >= 0 && end > start, qPrintable(hit.ref + QLatin1Char(' ') + marked));
            const QString span = marked.mid(start + 1, end - start - 1).toLower();
            // ... unless the snippet ends inside it ("with a [sham]…").
            const bool cut = marked.mid(end + 1).startsWith(QStringLiteral("\u2026"));
            QVERIFY2(span.startsWith(QStringLiteral("sham")) && (span.endsWith(QStringLiteral("procedure")) || cut),
                     qPrintable(span));
        }
    }

    void stemmingFindsOtherFormsOfTheWord()
    {
        const SearchEngine engine(*m_fixture.database);
        const auto result = engine.search(QStringLiteral("trials"), exact());
        QCOMPARE(refs(result.hits), QStringList{QStringLiteral("article:dry-eyes")});
        // Both "trial" and "trials" are marked.
        QVERIFY2(result.hits.first().snippet.contains(QStringLiteral("\x02trial\x03")),
                 qPrintable(result.hits.first().snippet));
        QVERIFY(result.hits.first().snippet.contains(QStringLiteral("\x02trials\x03")));

        const SearchEngine bundled(*m_content.database);
        const auto trial = refs(bundled.search(QStringLiteral("trial"), exact(100)).hits);
        QCOMPARE(refs(bundled.search(QStringLiteral("trials"), exact(100)).hits), trial);
        QVERIFY(trial.contains(QStringLiteral("article:ccsvi-trial-results")));
    }

    void termsAndEventsAreFoundWithTheirKind()
    {
        const SearchEngine engine(*m_fixture.database);
        // A term named by the query is the definition card, not a row of the list.
        const auto named = engine.search(QStringLiteral("spasticity"), exact());
        QVERIFY(named.definition.has_value());
        QCOMPARE(named.definition->slug, QStringLiteral("spasticity"));
        QCOMPARE(named.definition->term, QStringLiteral("Spasticity"));
        QVERIFY(named.definition->definition.startsWith(QStringLiteral("Stiff muscles")));
        QVERIFY(named.hits.isEmpty());
        // A list of terms only shows it as a row.
        SearchEngine::Options terms = exact();
        terms.kind = SearchHit::Kind::Term;
        const auto term = engine.search(QStringLiteral("spasticity"), terms);
        QVERIFY(!term.definition);
        QCOMPARE(refs(term.hits), QStringList{QStringLiteral("term:spasticity")});
        QCOMPARE(term.hits.first().title, QStringLiteral("Spasticity"));
        QVERIFY(SearchEngine::toPlain(term.hits.first().snippet).startsWith(QStringLiteral("Stiff muscles")));

        const auto event = engine.search(QStringLiteral("cooling vests"), exact());
        QCOMPARE(refs(event.hits), QStringList{QStringLiteral("event:1")});
        QCOMPARE(event.hits.first().year, 2013);
        QCOMPARE(SearchEngine::kindLabel(SearchHit::Kind::Event), QStringLiteral("Timeline"));
        QCOMPARE(SearchEngine::kindLabel(SearchHit::Kind::Term), QStringLiteral("Glossary"));
        QCOMPARE(SearchEngine::kindLabel(SearchHit::Kind::Article), QStringLiteral("Article"));
    }

    void kindFilterAndLimit()
    {
        const SearchEngine engine(*m_content.database);
        SearchEngine::Options options = exact(5);
        options.kind = SearchHit::Kind::Term;
        const auto terms = engine.search(QStringLiteral("vein"), options);
        QCOMPARE(terms.hits.size(), 5);
        QVERIFY(terms.hasMore);
        for (const SearchHit &hit : terms.hits) {
            QCOMPARE(hit.kind, SearchHit::Kind::Term);
        }
        options.limit = 1000;
        const auto all = engine.search(QStringLiteral("vein"), options);
        QVERIFY(!all.hasMore);
        QVERIFY(all.hits.size() > 5);
        QVERIFY(engine.search(QStringLiteral("vein"), SearchEngine::Options{0, {}, false}).hits.isEmpty());
    }

    void titleAndSummaryHitsComeFirstWhateverIsRanked_data()
    {
        QTest::addColumn<int>("maxRanked");
        QTest::newRow("all title matches ranked") << 8;
        QTest::newRow("some titles ranked") << 3;
        QTest::newRow("one ranked") << 1;
    }

    void titleAndSummaryHitsComeFirstWhateverIsRanked()
    {
        // "vein" is in many titles and summaries and in more texts. When fewer rows may be ranked than
        // the collection holds, every match is still found once, and the title and summary matches
        // come first.
        QFETCH(int, maxRanked);
        const SearchEngine engine(*m_content.database);
        SearchEngine::Options options = exact(1000);
        options.maxRanked = maxRanked;
        const auto result = engine.search(QStringLiteral("vein"), options);
        QVERIFY(result.error.isEmpty());
        const QStringList inTitles = matching(QStringLiteral("titles"), QStringLiteral("vein"));
        const QStringList everywhere = matching(QStringLiteral("search"), QStringLiteral("vein"));
        QVERIFY(inTitles.size() > 3);
        QVERIFY(everywhere.size() > inTitles.size());
        QCOMPARE(result.partial, maxRanked < everywhere.size());
        const QStringList found = refs(result.hits);
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), QSet<QString>(everywhere.cbegin(), everywhere.cend()));
        QCOMPARE(found.size(), everywhere.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            QVERIFY2(inTitles.contains(found.at(i)) == (i < inTitles.size()), qPrintable(found.at(i)));
        }
        // Fewer rows shown are the first of the same order.
        options.limit = 4;
        QCOMPARE(refs(engine.search(QStringLiteral("vein"), options).hits), found.mid(0, 4));
    }

    void smallCollectionIsRankedAsAWhole()
    {
        // The bundled collection (150 rows) fits within what may be ranked: bm25 over title, summary
        // and text puts the articles about veins before the glossary's many "... vein" terms, which
        // the title-first order would not.
        const SearchEngine engine(*m_content.database);
        const auto result = engine.search(QStringLiteral("vein"), exact(1000));
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.partial);
        const QStringList found = refs(result.hits);
        const QStringList everywhere = matching(QStringLiteral("search"), QStringLiteral("vein"));
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), QSet<QString>(everywhere.cbegin(), everywhere.cend()));
        QCOMPARE(found.size(), everywhere.size());
        for (const QString &first : found.mid(0, 3)) {
            QVERIFY2(first.startsWith(QStringLiteral("article:ccsvi")), qPrintable(found.join(QLatin1Char(' '))));
        }
        QVERIFY(found.indexOf(QStringLiteral("term:azygos-vein")) > 3);
        for (qsizetype i = 1; i < result.hits.size(); ++i) {
            QVERIFY(result.hits.at(i - 1).score >= result.hits.at(i).score);
        }
    }

    void cappedRankingKeepsKindsPrefixesAndPhrases_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("asYouType");
        QTest::addColumn<int>("kind"); // -1: every kind
        QTest::newRow("terms only") << QStringLiteral("vein") << false << int(SearchHit::Kind::Term);
        QTest::newRow("articles only") << QStringLiteral("vein") << false << int(SearchHit::Kind::Article);
        QTest::newRow("prefix") << QStringLiteral("vei") << true << -1;
        QTest::newRow("phrase") << QStringLiteral("\"jugular vein\"") << false << -1;
        QTest::newRow("two words, the last a prefix") << QStringLiteral("multiple scler") << true << -1;
    }

    void cappedRankingKeepsKindsPrefixesAndPhrases()
    {
        // Whatever is ranked, the same rows come back: the ranked path and the capped path differ only
        // in order.
        QFETCH(QString, typed);
        QFETCH(bool, asYouType);
        QFETCH(int, kind);
        const SearchEngine engine(*m_content.database);
        SearchEngine::Options all = exact(1000);
        all.asYouType = asYouType;
        if (kind >= 0) {
            all.kind = SearchHit::Kind(kind);
        }
        const auto ranked = engine.search(typed, all);
        QVERIFY(ranked.error.isEmpty());
        QVERIFY(!ranked.partial);
        QVERIFY(ranked.hits.size() >= 2);
        QStringList expected = refs(ranked.hits);
        expected.sort();
        for (int cap : {1, 2}) {
            SearchEngine::Options capped = all;
            capped.maxRanked = cap;
            const auto result = engine.search(typed, capped);
            QVERIFY(result.error.isEmpty());
            QVERIFY(result.partial);
            QStringList found = refs(result.hits);
            found.sort();
            QCOMPARE(found, expected);
            for (const SearchHit &hit : result.hits) {
                QVERIFY(kind < 0 || hit.kind == SearchHit::Kind(kind));
            }
        }
    }

    void termTitleHitsShowWhereTheWordIsInTheDefinition()
    {
        // "Azygos vein" matches by its title and has no summary: its snippet is the definition with
        // the word marked, not just its first words.
        const SearchEngine engine(*m_content.database);
        SearchEngine::Options options = exact(50);
        options.kind = SearchHit::Kind::Term;
        const auto result = engine.search(QStringLiteral("vein"), options);
        const SearchHit *azygos = find(result.hits, QStringLiteral("azygos-vein"));
        QVERIFY(azygos);
        QVERIFY2(azygos->snippet.contains(QChar(SearchEngine::MatchStart)), qPrintable(azygos->snippet));
        QVERIFY(SearchEngine::toHtml(azygos->markedTitle).contains(QStringLiteral("<b>vein</b>")));
    }

    void hostileInputReturnsCleanly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("whitespace") << QStringLiteral("   \t \n ");
        QTest::newRow("lone quote") << QStringLiteral("\"");
        QTest::newRow("quote in word") << QStringLiteral("ms\"diet");
        QTest::newRow("AND") << QStringLiteral("AND");
        QTest::newRow("OR NOT") << QStringLiteral("OR NOT");
        QTest::newRow("NOT first") << QStringLiteral("NOT fatigue");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("star word") << QStringLiteral("*fatigue");
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(");
        QTest::newRow("NEAR call") << QStringLiteral("NEAR(fatigue heat, 3)");
        QTest::newRow("column filter") << QStringLiteral("title:fatigue");
        QTest::newRow("unknown column") << QStringLiteral("nosuchcolumn:fatigue");
        QTest::newRow("column set") << QStringLiteral("{title body}:fatigue");
        QTest::newRow("caret") << QStringLiteral("^fatigue");
        QTest::newRow("brackets") << QStringLiteral("(fatigue OR");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE search; --");
        QTest::newRow("10000 characters") << QString(10000, QLatin1Char('x'));
        QTest::newRow("10000 words") << QStringLiteral("fatigue ").repeated(1250);
        QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x92\x8A");
        QTest::newRow("emoji and word") << QString::fromUtf8("fatigue \xF0\x9F\x98\xB4");
        QTest::newRow("right-to-left") << QString::fromUtf8(
            "\xD8\xAA\xD8\xB5\xD9\x84\xD8\xA8 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");
        QTest::newRow("NUL bytes") << QString::fromUtf16(u"\0fatigue\0\0", 10);
        QTest::newRow("control characters") << QStringLiteral("\x01\x02\x03\x1b[31m");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("ms");
        QTest::newRow("combining only") << QString(5, QChar(0x0301));
        QTest::newRow("percent and underscore") << QStringLiteral("%_%");
        QTest::newRow("backslashes") << QStringLiteral("\\\"\\");
    }

    void hostileInputReturnsCleanly()
    {
        QFETCH(QString, typed);
        SearchEngine engine(*m_content.database);
        for (const bool asYouType : {true, false}) {
            SearchEngine::Options options;
            options.asYouType = asYouType;
            const auto result = engine.search(typed, options);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QVERIFY(result.hits.size() <= options.limit);
        }
        engine.suggest(typed, 0); // must not fail either
        // The engine is still fine afterwards.
        QVERIFY(!engine.search(QStringLiteral("fatigue")).hits.isEmpty());
    }

    void operatorsAreSearchedAsWords()
    {
        const SearchEngine engine(*m_content.database);
        // As FTS5 syntax, "NOT fatigue" would be an error and "fatigue AND heat" an operator; here
        // they are ordinary words that the text contains.
        QVERIFY(!engine.search(QStringLiteral("NOT fatigue"), exact()).hits.isEmpty());
        QVERIFY(!engine.search(QStringLiteral("fatigue AND heat"), exact()).hits.isEmpty());
        QVERIFY(!engine.search(QStringLiteral("fatigue OR"), exact()).hits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
