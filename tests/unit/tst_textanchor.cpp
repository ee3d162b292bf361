// SPDX-License-Identifier: GPL-3.0-or-later
// A highlight is found again by its words after the article changes (core/textanchor): unchanged, an
// edit in the sentence before, the same quote twice, the passage reworded, white space and typography.
#include "core/textanchor.h"

#include <QTest>

using namespace Myelin;
using namespace Myelin::TextAnchor;

namespace {

const QString Article =
    QStringLiteral("Fatigue\n"
                   "What it is\n"
                   "Fatigue is one of the most common symptoms of MS. Many people say it is the one that affects their "
                   "daily life most. Rest helps, but pacing helps more.\n"
                   "Managing it\n"
                   "Plan the day around your energy. Rest helps, but pacing helps more. Keep a diary for two weeks "
                   "to see when your energy is highest.\n");

// What ArticleSelection saves for the passage at [start, start + length) of text.
Anchor anchorAt(const QString &text, qsizetype start, qsizetype length, const QString &headingPath = {})
{
    Anchor a;
    a.quote = text.mid(start, length);
    const qsizetype from = qMax<qsizetype>(0, start - 64);
    a.prefix = text.mid(from, start - from);
    a.suffix = text.mid(start + length, 64);
    a.headingPath = headingPath;
    return a;
}

Anchor anchorOf(const QString &text, const QString &quote, int occurrence = 0)
{
    qsizetype at = text.indexOf(quote);
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(quote, at + 1);
    }
    Q_ASSERT(at >= 0);
    return anchorAt(text, at, quote.size());
}

QList<Heading> headingsOf(const QString &text)
{
    return {{text.indexOf(QStringLiteral("Fatigue\n")), 1, QStringLiteral("Fatigue")},
            {text.indexOf(QStringLiteral("What it is")), 2, QStringLiteral("What it is")},
            {text.indexOf(QStringLiteral("Managing it")), 2, QStringLiteral("Managing it")}};
}

} // namespace

class TestTextAnchor : public QObject
{
    Q_OBJECT

private slots:
    void unchangedArticleIsExact()
    {
        const QString quote = QStringLiteral("one of the most common symptoms of MS");
        const Placement p = place(Article, anchorOf(Article, quote));
        QCOMPARE(p.method, Method::Exact);
        QCOMPARE(p.start, Article.indexOf(quote));
        QCOMPARE(p.length, quote.size());
    }

    void anEditInTheSentenceBefore()
    {
        const QString quote = QStringLiteral("Many people say it is the one that affects their daily life most.");
        const Anchor saved = anchorOf(Article, quote);
        QString edited = Article;
        edited.replace(QStringLiteral("one of the most common symptoms of MS"),
                       QStringLiteral("among the symptoms of MS people mention most often"));
        const Placement p = place(edited, saved);
        QCOMPARE(p.method, Method::Context);
        QCOMPARE(edited.mid(p.start, p.length), quote);
    }

    void anEditRightNextToTheQuoteAndTextAddedAbove()
    {
        const QString quote = QStringLiteral("Keep a diary for two weeks");
        const Anchor saved = anchorOf(Article, quote);
        QString edited = Article;
        edited.replace(QStringLiteral("energy. Keep"), QStringLiteral("energy, as far as you can. Keep"));
        edited.prepend(QStringLiteral("A new paragraph at the top of the article.\n"));
        const Placement p = place(edited, saved);
        QVERIFY(p.isPlaced());
        QCOMPARE(edited.mid(p.start, p.length), quote);
    }

    void theSameQuoteTwiceIsChosenByItsContext_data()
    {
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<bool>("editContext");
        QTest::newRow("first, unchanged") << 0 << false;
        QTest::newRow("second, unchanged") << 1 << false;
        QTest::newRow("first, context edited") << 0 << true;
        QTest::newRow("second, context edited") << 1 << true;
    }

    void theSameQuoteTwiceIsChosenByItsContext()
    {
        QFETCH(int, occurrence);
        QFETCH(bool, editContext);
        const QString quote = QStringLiteral("Rest helps, but pacing helps more.");
        const Anchor saved = anchorOf(Article, quote, occurrence);
        QString text = Article;
        if (editContext) { // both neighbourhoods change a little; each still resembles its own
            text.replace(QStringLiteral("affects their daily life most."),
                         QStringLiteral("affects their everyday life most."));
            text.replace(QStringLiteral("Plan the day around your energy."),
                         QStringLiteral("Plan each day around your energy."));
        }
        qsizetype expected = text.indexOf(quote);
        if (occurrence == 1) {
            expected = text.indexOf(quote, expected + 1);
        }
        const Placement p = place(text, saved);
        QCOMPARE(p.method, editContext ? Method::Context : Method::Exact);
        QCOMPARE(p.start, expected);
    }

    void headingsBreakATie()
    {
        // Two identical sections: only the headings above tell them apart.
        const QString text = QStringLiteral("Intro\nA\nSame words here, exactly the same.\nB\nSame words here, "
                                            "exactly the same.\n");
        const QList<Heading> headings = {{0, 1, QStringLiteral("Intro")},
                                         {text.indexOf(QStringLiteral("A\n")), 2, QStringLiteral("A")},
                                         {text.indexOf(QStringLiteral("B\n")), 2, QStringLiteral("B")}};
        Anchor saved;
        saved.quote = QStringLiteral("Same words here, exactly the same.");
        saved.headingPath = QStringLiteral("Intro > B");
        const Placement p = place(text, saved, headings);
        QCOMPARE(p.start, text.lastIndexOf(saved.quote));
        saved.headingPath = QStringLiteral("Intro > A");
        QCOMPARE(place(text, saved, headings).start, text.indexOf(saved.quote));
    }

    void headingPathIsWrittenAsTheSelectionWritesIt()
    {
        const QList<Heading> headings = headingsOf(Article);
        QCOMPARE(headingPathAt(headings, Article.indexOf(QStringLiteral("Many people"))),
                 QStringLiteral("Fatigue > What it is"));
        QCOMPARE(headingPathAt(headings, Article.indexOf(QStringLiteral("Keep a diary"))),
                 QStringLiteral("Fatigue > Managing it"));
        QCOMPARE(headingPathAt({{0, 1, QStringLiteral("T")}, {2, 3, QStringLiteral("Deep")}}, 5),
                 QStringLiteral("T > Deep"));
    }

    void aRewordedPassageIsNotPlaced()
    {
        const Anchor saved = anchorOf(Article, QStringLiteral("Many people say it is the one that affects their "
                                                              "daily life most."));
        QString edited = Article;
        edited.replace(QStringLiteral("Many people say it is the one that affects their daily life most."),
                       QStringLiteral("For many, it changes everyday life more than anything else."));
        const Placement p = place(edited, saved);
        QCOMPARE(p.method, Method::NotPlaced);
        QVERIFY(!p.isPlaced());
    }

    void aShortQuoteWithoutItsContextIsNotPlacedElsewhere()
    {
        // "energy" stays in the text twice, but the sentence the reader marked is gone.
        const Anchor saved = anchorOf(Article, QStringLiteral("diary"));
        QString edited = Article;
        edited.replace(QStringLiteral("Keep a diary for two weeks to see when your energy is highest."),
                       QStringLiteral("Notice what tires you."));
        edited.append(QStringLiteral("Other notes: a diary app can help.\n"));
        QVERIFY(!place(edited, saved).isPlaced());
    }

    void whitespaceAndTypographyChanges()
    {
        const QString quote = QStringLiteral("Many people say it is the one that affects their daily life most.");
        const Anchor saved = anchorOf(Article, quote);
        QString edited = Article;
        edited.replace(QStringLiteral("Many people say it is the one"),
                       QStringLiteral("Many  people\n   say it\u00a0is the one"));
        edited.replace(QStringLiteral("symptoms of MS."), QStringLiteral("symptoms of \u201cMS\u201d."));
        const Placement p = place(edited, saved);
        QCOMPARE(p.method, Method::Tolerant);
        QCOMPARE(edited.mid(p.start, p.length), QStringLiteral("Many  people\n   say it\u00a0is the one that "
                                                               "affects their daily life most."));
    }

    void curlyQuotesInTheSavedQuoteMatchStraightOnes()
    {
        const QString text = QStringLiteral("She said \u201cit\u2019s not laziness\u2014it\u2019s MS\u201d and left.");
        Anchor saved;
        saved.quote = QStringLiteral("\"it's not laziness-it's MS\"");
        const Placement p = place(text, saved);
        QCOMPARE(p.method, Method::Tolerant);
        QCOMPARE(text.mid(p.start, p.length), QStringLiteral("\u201cit\u2019s not laziness\u2014it\u2019s MS\u201d"));
        saved.quote = QStringLiteral("IT\u2019S NOT LAZINESS\u2026");
        QVERIFY(!place(text, saved).isPlaced()); // the ellipsis is three dots, the text has none
        saved.quote = QStringLiteral("IT\u2019S NOT LAZINESS");
        QCOMPARE(text.mid(place(text, saved).start, place(text, saved).length),
                 QStringLiteral("it\u2019s not laziness"));
    }

    void nothingToPlace()
    {
        QVERIFY(!place(Article, {}).isPlaced());
        Anchor blank;
        blank.quote = QStringLiteral("  \n ");
        QVERIFY(!place(Article, blank).isPlaced());
        QVERIFY(!place(QString(), anchorOf(Article, QStringLiteral("Fatigue is"))).isPlaced());
    }
};

QTEST_APPLESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
