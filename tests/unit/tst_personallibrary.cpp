// SPDX-License-Identifier: GPL-3.0-or-later
// The personal library's stores: bookmarks in folders with undo, highlights with notes, questions in
// the user's order, history by day and reading positions, all kept in the user database.
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {
QStringList titles(const QList<Bookmark> &bookmarks)
{
    QStringList result;
    for (const Bookmark &b : bookmarks) {
        result << b.title;
    }
    return result;
}

QStringList texts(const QList<Question> &questions)
{
    QStringList result;
    for (const Question &q : questions) {
        result << q.text;
    }
    return result;
}
} // namespace

class TestPersonalLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<UserDatabase>(m_dir->filePath(QStringLiteral("user.db")));
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorMessage()));
        m_library = std::make_unique<PersonalLibrary>(*m_db);
    }

    void cleanup()
    {
        m_library.reset();
        m_db.reset();
        m_dir.reset();
    }

    void bookmarksLiveInFoldersAndComeBackAfterUndo()
    {
        BookmarkStore &store = m_library->bookmarks;
        QSignalSpy changed(&store, &BookmarkStore::changed);
        const qint64 folder = store.addFolder(QStringLiteral("  For my neurologist "));
        QVERIFY(folder > 0);
        QCOMPARE(store.folders().constFirst().name, QStringLiteral("For my neurologist"));
        QVERIFY(store.addBookmark(QStringLiteral("fatigue"), QStringLiteral("Fatigue")) > 0);
        const qint64 heat = store.addBookmark(QStringLiteral("heat-sensitivity"), QStringLiteral("Heat"), folder);
        const qint64 diet = store.addBookmark(QStringLiteral("diet-and-ms"), QStringLiteral("Diet"), folder);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(titles(store.bookmarks()),
                 (QStringList{QStringLiteral("Fatigue"), QStringLiteral("Heat"), QStringLiteral("Diet")}));
        QVERIFY(store.isBookmarked(QStringLiteral("heat-sensitivity")));
        QVERIFY(!store.isBookmarked(QStringLiteral("ccsvi")));

        QVERIFY(store.moveBookmarkWithin(diet, -1));
        QCOMPARE(titles(store.bookmarksIn(folder)), (QStringList{QStringLiteral("Diet"), QStringLiteral("Heat")}));
        QVERIFY(!store.moveBookmarkWithin(diet, -1)); // already first
        QVERIFY(store.renameBookmark(heat, QStringLiteral("Heat and MS")));
        QVERIFY(store.moveBookmark(heat, 0));
        QCOMPARE(titles(store.bookmarksIn(0)), (QStringList{QStringLiteral("Fatigue"), QStringLiteral("Heat and MS")}));

        const auto removed = store.removeFolder(folder);
        QVERIFY(removed.has_value());
        QCOMPARE(removed->bookmarks.size(), 1);
        QVERIFY(!store.isBookmarked(QStringLiteral("diet-and-ms")));
        QVERIFY(store.restoreFolder(*removed));
        QCOMPARE(store.folders().size(), 1);
        QCOMPARE(store.bookmarkFor(QStringLiteral("diet-and-ms"))->uid, removed->bookmarks.constFirst().uid);

        const auto gone = store.removeBookmark(heat);
        QVERIFY(gone.has_value());
        QVERIFY(!store.removeBookmark(heat).has_value());
        QVERIFY(store.restoreBookmark(*gone));
        QCOMPARE(store.bookmarkFor(QStringLiteral("heat-sensitivity"))->title, QStringLiteral("Heat and MS"));
    }

    void highlightsKeepTheirQuoteContextAndNote()
    {
        HighlightStore &store = m_library->highlights;
        QSignalSpy changed(&store, &HighlightStore::changed);
        Highlight h;
        h.slug = QStringLiteral("fatigue");
        h.articleTitle = QStringLiteral("Fatigue");
        h.quote = QStringLiteral("Plan rest before you need it.");
        h.prefix = QStringLiteral("Pace yourself. ");
        h.suffix = QStringLiteral(" Short breaks help.");
        h.headingPath = QStringLiteral("Fatigue > What helps");
        const qint64 id = store.addHighlight(h);
        QVERIFY(id > 0);
        QCOMPARE(changed.takeFirst().constFirst().toString(), QStringLiteral("fatigue"));
        QVERIFY(store.setNote(id, QStringLiteral("Ask about an OT referral ")));
        QVERIFY(store.setColour(id, HighlightColour::Green));
        const Highlight saved = *store.highlight(id);
        QCOMPARE(saved.note, QStringLiteral("Ask about an OT referral"));
        QCOMPARE(saved.colour, HighlightColour::Green);
        QCOMPARE(saved.prefix, h.prefix);
        QCOMPARE(saved.headingPath, h.headingPath);
        QVERIFY(saved.updated >= saved.created);
        QCOMPARE(store.highlightsOf(QStringLiteral("fatigue")).size(), 1);
        QVERIFY(store.highlightsOf(QStringLiteral("ccsvi")).isEmpty());
        QVERIFY(store.hasHighlights(QStringLiteral("fatigue")));
        QVERIFY(!store.hasHighlights(QStringLiteral("ccsvi")));
        const auto removed = store.removeHighlight(id);
        QVERIFY(removed.has_value());
        QVERIFY(store.highlights().isEmpty());
        QVERIFY(store.restoreHighlight(*removed));
        QCOMPARE(store.highlight(id)->note, QStringLiteral("Ask about an OT referral"));
        QVERIFY(!store.setNote(9999, QStringLiteral("no such highlight")));
    }

    void questionsKeepTheUsersOrder()
    {
        QuestionStore &store = m_library->questions;
        QCOMPARE(store.addQuestion(QStringLiteral("   ")), 0); // blank: nothing saved
        const qint64 a = store.addQuestion(QStringLiteral("Is my fatigue MS?"));
        const qint64 b = store.addQuestion(QStringLiteral("Should I try a DMT?"), QStringLiteral("treatments"),
                                           QStringLiteral("Treatments"), QStringLiteral("Disease-modifying"));
        const qint64 c = store.addQuestion(QStringLiteral("Can I drive?"));
        QVERIFY(a > 0 && b > 0 && c > 0);
        QVERIFY(store.moveQuestion(c, -1));
        QVERIFY(store.moveQuestion(c, -1));
        QVERIFY(!store.moveQuestion(c, -1));
        QCOMPARE(texts(store.questions()),
                 (QStringList{QStringLiteral("Can I drive?"), QStringLiteral("Is my fatigue MS?"),
                              QStringLiteral("Should I try a DMT?")}));
        QVERIFY(store.setDone(a, true));
        QVERIFY(store.question(a)->done);
        QCOMPARE(store.question(b)->sourceTitle, QStringLiteral("Treatments"));
        const auto removed = store.removeQuestion(a);
        QVERIFY(removed.has_value());
        QCOMPARE(store.questions().size(), 2);
        QVERIFY(store.restoreQuestion(*removed));
        QCOMPARE(texts(store.questions()).at(1), QStringLiteral("Is my fatigue MS?"));
    }

    void historyListsAPageOncePerDayAndClearsByDay()
    {
        HistoryStore &store = m_library->history;
        const QDateTime today = QDateTime(QDate::currentDate(), QTime(12, 0));
        const QDateTime yesterday = today.addDays(-1);
        QVERIFY(store.recordVisit(QStringLiteral("fatigue"), QStringLiteral("Fatigue"), yesterday));
        QVERIFY(store.recordVisit(QStringLiteral("fatigue"), QStringLiteral("Fatigue"), today.addSecs(-60)));
        QVERIFY(store.recordVisit(QStringLiteral("ccsvi"), QStringLiteral("CCSVI"), today.addSecs(-30)));
        QVERIFY(store.recordVisit(QStringLiteral("fatigue"), QStringLiteral("Fatigue"), today));
        const QList<Visit> visits = store.visits();
        QCOMPARE(visits.size(), 3); // fatigue today once, ccsvi today, fatigue yesterday
        QCOMPARE(visits.at(0).slug, QStringLiteral("fatigue"));
        QCOMPARE(visits.at(0).visited, today.toUTC());
        QCOMPARE(visits.at(2).visited.toLocalTime().date(), yesterday.date());
        QVERIFY(store.clearDay(today.date()));
        QCOMPARE(store.visits().size(), 1);
        QVERIFY(store.clearAll());
        QVERIFY(store.visits().isEmpty());
    }

    void readingPositionsAreHeadingAndOffset()
    {
        HistoryStore &store = m_library->history;
        QVERIFY(!store.position(QStringLiteral("fatigue")).valid);
        QVERIFY(store.savePosition(QStringLiteral("fatigue"), {QStringLiteral("what-helps"), 0.25, true}));
        QVERIFY(store.savePosition(QStringLiteral("fatigue"), {QStringLiteral("pacing"), 1.7, true}));
        const ReadingPosition p = store.position(QStringLiteral("fatigue"));
        QVERIFY(p.valid);
        QCOMPARE(p.headingId, QStringLiteral("pacing"));
        QCOMPARE(p.offset, 1.0); // kept within the section
    }

    void everythingIsThereAfterReopening()
    {
        m_library->bookmarks.addBookmark(QStringLiteral("fatigue"), QStringLiteral("Fatigue"));
        m_library->questions.addQuestion(QStringLiteral("Can I drive?"));
        const QString path = m_db->path();
        m_library.reset();
        m_db.reset();
        UserDatabase again(path);
        QVERIFY(again.isOpen());
        PersonalLibrary library(again);
        QCOMPARE(library.bookmarks.bookmarks().size(), 1);
        QCOMPARE(library.questions.questions().size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserDatabase> m_db;
    std::unique_ptr<PersonalLibrary> m_library;
};

QTEST_GUILESS_MAIN(TestPersonalLibrary)
#include "tst_personallibrary.moc"
