// SPDX-License-Identifier: GPL-3.0-or-later
// Search finds the user's own words (userdata/usersearch): notes, quoted passages and questions,
// matched without case or accents, every word typed present, the last word as the start of a word.
#include "core/searchengine.h"
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"
#include "userdata/usersearch.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {
Question question(qint64 id, const QString &text, const QString &quote = {})
{
    Question q;
    q.id = id;
    q.text = text;
    q.quote = quote;
    q.slug = QStringLiteral("fatigue");
    q.sourceTitle = QStringLiteral("Fatigue");
    return q;
}

Highlight highlight(qint64 id, const QString &quote, const QString &note = {})
{
    Highlight h;
    h.id = id;
    h.quote = quote;
    h.note = note;
    h.slug = QStringLiteral("heat");
    h.articleTitle = QStringLiteral("Heat and MS");
    return h;
}
} // namespace

class TestUserSearch : public QObject
{
    Q_OBJECT

private slots:
    void matchesWithoutCaseOrAccents()
    {
        const UserSearch search(QStringLiteral("GUILLAIN barre"), false);
        QVERIFY(search.matches({QStringLiteral("Ask about Guillain-Barré syndrome")}));
        QVERIFY(!search.matches({QStringLiteral("Ask about Guillain")}));
        QVERIFY(UserSearch(QStringLiteral("barré"), false).matches({QStringLiteral("BARRE")}));
    }

    void everyWordMustBePresentInTheItem()
    {
        const UserSearch search(QStringLiteral("heat fatigue"), false);
        QVERIFY(search.matches({QStringLiteral("Does heat make it worse?"), QStringLiteral("fatigue after a bath")}));
        QVERIFY(!search.matches({QStringLiteral("Does heat make it worse?")}));
        QVERIFY(!search.matches({}));
    }

    void theLastWordIsAPrefixWhileTyping()
    {
        QVERIFY(UserSearch(QStringLiteral("bat")).matches({QStringLiteral("a cool bath")}));
        QVERIFY(!UserSearch(QStringLiteral("bat"), false).matches({QStringLiteral("a cool bath")}));
        QVERIFY(!UserSearch(QStringLiteral("bat ")).matches({QStringLiteral("a cool bath")})); // the word is finished
        // Only the last word: "bat cool" needs the whole word "bat".
        QVERIFY(!UserSearch(QStringLiteral("bat cool")).matches({QStringLiteral("a cool bath")}));
        // Plurals and simple endings compare equal, as in the content search.
        QVERIFY(UserSearch(QStringLiteral("relapses"), false).matches({QStringLiteral("my last relapse")}));
    }

    void smallWordsOfAQuestionAreNotRequired()
    {
        QVERIFY(
            UserSearch(QStringLiteral("what about my fatigue"), false).matches({QStringLiteral("Fatigue at work")}));
        // All small words: they are what is sought.
        QVERIFY(UserSearch(QStringLiteral("what is it"), false).matches({QStringLiteral("What is it for?")}));
        QVERIFY(UserSearch(QStringLiteral("   ")).isEmpty());
        QVERIFY(!UserSearch(QStringLiteral("   ")).matches({QStringLiteral("anything")}));
    }

    void apostrophesStayInTheirWord()
    {
        QVERIFY(UserSearch(QStringLiteral("uhthoff"), false).matches({QStringLiteral("Is this Uhthoff\u2019s?")}));
        const QString marked = UserSearch(QStringLiteral("uhthoff"), false).marked(QStringLiteral("Uhthoff's sign"));
        QCOMPARE(SearchEngine::toHtml(marked), QStringLiteral("<b>Uhthoff&#39;s</b> sign"));
    }

    void matchedWordsAreMarked()
    {
        const UserSearch search(QStringLiteral("cool ba"));
        QCOMPARE(SearchEngine::toHtml(search.marked(QStringLiteral("A cool bath <helps>"))),
                 QStringLiteral("A <b>cool</b> <b>bath</b> &lt;helps&gt;"));
        QCOMPARE(SearchEngine::toPlain(search.marked(QStringLiteral("A cool bath"))), QStringLiteral("A cool bath"));
    }

    void findListsQuestionsThenNotes()
    {
        const QList<Question> questions = {question(1, QStringLiteral("Could a cool bath help?")),
                                           question(2, QStringLiteral("What about driving?")),
                                           question(3, QStringLiteral("Ask the nurse"), QStringLiteral("cool vest"))};
        const QList<Highlight> notes = {highlight(7, QStringLiteral("Cooling vests can help some people")),
                                        highlight(8, QStringLiteral("Keep cool"), QStringLiteral("buy a fan")),
                                        highlight(9, QStringLiteral("Heat"), QStringLiteral("nothing here"))};
        const QList<UserMatch> found = UserSearch(QStringLiteral("coo")).find(questions, notes);
        QCOMPARE(found.size(), 4);
        QCOMPARE(found.at(0).kind, UserMatch::Kind::Question);
        QCOMPARE(found.at(0).id, 1);
        QCOMPARE(found.at(1).id, 3); // its quote matched
        QCOMPARE(SearchEngine::toHtml(found.at(1).snippet), QStringLiteral("\u201C<b>cool</b> vest\u201D"));
        QCOMPARE(found.at(1).pageTitle, QStringLiteral("Fatigue"));
        QCOMPARE(found.at(2).kind, UserMatch::Kind::Note);
        QCOMPARE(found.at(2).id, 7);
        QVERIFY(!found.at(2).hasNote);
        QCOMPARE(found.at(3).id, 8);
        QVERIFY(found.at(3).hasNote);
        QCOMPARE(SearchEngine::toPlain(found.at(3).title), QStringLiteral("buy a fan")); // the note leads
        QCOMPARE(found.at(3).slug, QStringLiteral("heat"));
        QCOMPARE(UserSearch(QStringLiteral("coo")).find(questions, notes, 2).size(), 2);
        QVERIFY(UserSearch(QStringLiteral("")).find(questions, notes).isEmpty());
    }

    // 1,000 notes and 200 questions in a real user database: read and searched as the box does for
    // each keystroke. Reports the time; fails only far above what a keystroke can afford.
    void measuredOnAThousandNotes()
    {
        QTemporaryDir dir;
        UserDatabase database(dir.filePath(QStringLiteral("user.db")));
        QVERIFY(database.isOpen());
        PersonalLibrary library(database);
        const QStringList words = {QStringLiteral("fatigue"), QStringLiteral("balance"), QStringLiteral("bladder"),
                                   QStringLiteral("vision"),  QStringLiteral("heat"),    QStringLiteral("sleep"),
                                   QStringLiteral("Ménière"), QStringLiteral("walking"), QStringLiteral("memory")};
        for (int i = 0; i < 1000; ++i) {
            Highlight h = highlight(0,
                                    QStringLiteral("A passage about %1 and %2, number %3, long enough to be a real "
                                                   "quote from an article about living with MS.")
                                        .arg(words.at(i % words.size()), words.at((i / 9) % words.size()))
                                        .arg(i),
                                    i % 2 == 0 ? QStringLiteral("Ask about %1 at the clinic").arg(i) : QString());
            h.colour = HighlightColour::Yellow;
            QVERIFY(library.highlights.addHighlight(h) > 0);
        }
        for (int i = 0; i < 200; ++i) {
            QVERIFY(library.questions.addQuestion(
                        QStringLiteral("Question %1 about %2?").arg(i).arg(words.at(i % words.size())),
                        QStringLiteral("fatigue"), QStringLiteral("Fatigue"), QStringLiteral("quote %1").arg(i)) > 0);
        }
        const QStringList queries = {QStringLiteral("f"),          QStringLiteral("fa"),
                                     QStringLiteral("fatigue cl"), QStringLiteral("meniere"),
                                     QStringLiteral("nothing"),    QStringLiteral("ask about 99")};
        QElapsedTimer clock;
        qint64 slowest = 0;
        qint64 total = 0;
        int found = 0;
        for (const QString &query : queries) {
            clock.start();
            const QList<UserMatch> matches =
                UserSearch(query).find(library.questions.questions(), library.highlights.highlights());
            const qint64 ns = clock.nsecsElapsed();
            slowest = qMax(slowest, ns);
            total += ns;
            found += int(matches.size());
        }
        QVERIFY(found > 0);
        qInfo("user search, 1000 notes + 200 questions (read from the database and scanned): %.2f ms per query on "
              "average, slowest %.2f ms",
              double(total) / queries.size() / 1e6, double(slowest) / 1e6);
        // Only the scan, with the items already read:
        const QList<Question> questions = library.questions.questions();
        const QList<Highlight> notes = library.highlights.highlights();
        clock.start();
        for (const QString &query : queries) {
            found += int(UserSearch(query).find(questions, notes).size());
        }
        qInfo("user search, scan only: %.2f ms per query", double(clock.nsecsElapsed()) / queries.size() / 1e6);
        QVERIFY2(slowest < 2'000'000'000, "a search of the user's words took over two seconds");
    }
};

QTEST_GUILESS_MAIN(TestUserSearch)
#include "tst_usersearch.moc"
