// SPDX-License-Identifier: GPL-3.0-or-later
// Turning typed text into a safe FTS5 expression: words are quoted, operators are only words, and
// nothing a person can type produces FTS5 syntax of its own.
#include "core/searchquery.h"

#include <QRegularExpression>
#include <QTest>

using Myelin::SearchQuery;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void buildsQuotedTerms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("asYouType");
        QTest::addColumn<QString>("expression");

        QTest::newRow("one word being typed") << "scler" << true << "\"scler\"*";
        QTest::newRow("finished word") << "sclerosis " << true << "\"sclerosis\"";
        QTest::newRow("not as you type") << "sclerosis" << false << "\"sclerosis\"";
        QTest::newRow("two words") << "jugular vein" << true << "\"jugular\" \"vein\"*";
        QTest::newRow("phrase") << "\"sham procedure\"" << true << "\"sham procedure\"";
        QTest::newRow("unfinished phrase") << "\"sham proc" << true << "\"sham proc\"*";
        QTest::newRow("phrase and word") << "\"sham procedure\" trial" << false << "\"sham procedure\" \"trial\"";
        QTest::newRow("hyphenated word is a phrase") << "Guillain-Barré" << false << "\"Guillain Barré\"";
        QTest::newRow("apostrophe") << "Lhermitte's sign" << false << "\"Lhermitte s\" \"sign\"";
        QTest::newRow("one letter is not a prefix") << "ms s" << true << "\"ms\" \"s\"";
        QTest::newRow("operators are words")
            << "fatigue AND heat OR NOT cold" << false << "\"fatigue\" \"AND\" \"heat\" \"OR\" \"NOT\" \"cold\"";
        QTest::newRow("NEAR is a word") << "NEAR(fatigue heat" << false << "\"NEAR\" \"fatigue\" \"heat\"";
        QTest::newRow("column filter is two words") << "title:ccsvi" << false << "\"title\" \"ccsvi\"";
        QTest::newRow("star and caret") << "*ms ^diet* +x -y" << false << "\"ms\" \"diet\" \"x\" \"y\"";
        QTest::newRow("brackets") << "(vitamin) {d}" << false << "\"vitamin\" \"d\"";
        QTest::newRow("emoji dropped") << QString::fromUtf8("\xF0\x9F\x98\x80 diet \xF0\x9F\x91\x8D") << false
                                       << "\"diet\"";
        QTest::newRow("right-to-left text") << QString::fromUtf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") << false
                                            << QString::fromUtf8("\"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\"");
        QTest::newRow("NUL separates") << QString::fromUtf16(u"diet\0heat", 9) << false << "\"diet\" \"heat\"";
        QTest::newRow("curly quotes") << QString::fromUtf8("\xE2\x80\x9Csham procedure\xE2\x80\x9D") << false
                                      << "\"sham procedure\"";
    }

    void buildsQuotedTerms()
    {
        QFETCH(QString, typed);
        QFETCH(bool, asYouType);
        QFETCH(QString, expression);
        QCOMPARE(SearchQuery::parse(typed, asYouType).matchExpression(), expression);
    }

    void emptyAndPunctuationOnlyGiveNoQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral(" \t\n  ");
        QTest::newRow("lone quote") << QStringLiteral("\"");
        QTest::newRow("two quotes") << QStringLiteral("\"\"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("punctuation") << QStringLiteral("()-:^+\"*.,;");
        QTest::newRow("only emoji") << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80");
        QTest::newRow("NULs") << QString(3, QChar(0));
        QTest::newRow("lone combining accent") << QString(QChar(0x0301));
    }

    void emptyAndPunctuationOnlyGiveNoQuery()
    {
        QFETCH(QString, typed);
        const SearchQuery query = SearchQuery::parse(typed);
        QVERIFY(query.isEmpty());
        QVERIFY(query.matchExpression().isEmpty());
    }

    void expressionNeverHasSyntaxOfItsOwn()
    {
        // Whatever is typed, the expression is a list of quoted strings (with an optional star),
        // and no quote appears inside a string.
        const QRegularExpression shape(QStringLiteral(R"(^("[^"]+"\*?)( "[^"]+"\*?)*$)"));
        const QStringList inputs = {
            QStringLiteral("a\"b\"c\"d"),          QStringLiteral("\"\"\"x"),          QStringLiteral("x OR y NOT \"z"),
            QStringLiteral("NEAR(a b, 2)"),        QStringLiteral("{title body}: ms"), QStringLiteral("a*b*c"),
            QStringLiteral("it's \"don't\" stop"), QStringLiteral("--x-- 'y' \"-\""),
        };
        for (const QString &input : inputs) {
            const QString expression = SearchQuery::parse(input).matchExpression();
            QVERIFY2(shape.match(expression).hasMatch(), qPrintable(input + QStringLiteral(" -> ") + expression));
        }
    }

    void longInputIsCapped()
    {
        QString typed;
        for (int i = 0; i < 2000; ++i) {
            typed += QStringLiteral("word%1 ").arg(i);
        }
        QVERIFY(typed.size() > 10000);
        const SearchQuery query = SearchQuery::parse(typed);
        QCOMPARE(query.terms().size(), SearchQuery::MaxTerms);
        QCOMPARE(query.terms().first().words.first(), QStringLiteral("word0"));

        const SearchQuery oneWord = SearchQuery::parse(QString(10000, QLatin1Char('a')));
        QCOMPARE(oneWord.words().size(), 1);
        QCOMPARE(oneWord.words().first().size(), SearchQuery::MaxInputLength);
    }

    void cappingNeverSplitsACharacter()
    {
        // An emoji (two UTF-16 units) right at the cut.
        QString typed(SearchQuery::MaxInputLength - 1, QLatin1Char('x'));
        typed += QString::fromUtf8("\xF0\x9F\x98\x80");
        const SearchQuery query = SearchQuery::parse(typed);
        QCOMPARE(query.words().size(), 1);
        QVERIFY(!query.matchExpression().contains(QChar(0xD83D)));
    }

    void displayTextAndWordReplacement()
    {
        const SearchQuery query = SearchQuery::parse(QStringLiteral("jugluar  vein"));
        QCOMPARE(query.displayText(), QStringLiteral("jugluar vein"));
        QCOMPARE(query.withWord(0, QStringLiteral("jugular")).displayText(), QStringLiteral("jugular vein"));
        const SearchQuery phrase = SearchQuery::parse(QStringLiteral("\"sham procedre\" trial"));
        QCOMPARE(phrase.withWord(1, QStringLiteral("procedure")).displayText(),
                 QStringLiteral("\"sham procedure\" trial"));
        const SearchQuery hyphen = SearchQuery::parse(QStringLiteral("Guillain-Barre"));
        QCOMPARE(hyphen.withWord(1, QStringLiteral("barré")).displayText(), QStringLiteral("Guillain-barré"));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
