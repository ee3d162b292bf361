// SPDX-License-Identifier: GPL-3.0-or-later
// The window's frame (breadcrumb, related items) changes with the page, not before it
// (ui/shell/pageframe): a page on its way gets its frame once it is on screen; a page shown at once, or
// a part of the page whose frame is up, gets it now.
#include "testsupport.h"
#include "ui/shell/pageframe.h"
#include "web/urlscheme.h"

#include <QTest>

using Myelin::ArticleRef;
using Myelin::Ui::PageFrame;

class TestPageFrame : public QObject
{
    Q_OBJECT

private:
    QStringList m_applied; // the titles of the frames applied, in order

    std::unique_ptr<PageFrame> makeFrame()
    {
        m_applied.clear();
        return std::make_unique<PageFrame>([this](const PageFrame::Content &c) { m_applied << c.title; });
    }

    static PageFrame::Content content(const QString &title)
    {
        return {{ArticleRef{QStringLiteral("welcome"), QStringLiteral("Welcome"), {}}}, title, {}};
    }

    static QUrl article(const QString &slug) { return QUrl(QStringLiteral("myelin://article/") + slug); }

private slots:
    void aPageShownNowGetsItsFrameAtOnce()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("a")), content(QStringLiteral("A")), PageFrame::When::Now);
        QCOMPARE(m_applied, QStringList{QStringLiteral("A")});
        QVERIFY(!frame->isWaiting());
        frame->pageShown(article(QStringLiteral("a"))); // nothing left to apply
        QCOMPARE(m_applied.size(), 1);
    }

    void aPageOnItsWayGetsItsFrameWhenItIsOnScreen()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("a")), content(QStringLiteral("A")), PageFrame::When::Now);
        frame->show(article(QStringLiteral("b")), content(QStringLiteral("B")), PageFrame::When::WithPage);
        QCOMPARE(m_applied, QStringList{QStringLiteral("A")}); // A's page is still what the reader sees
        QVERIFY(frame->isWaiting());
        frame->pageShown(article(QStringLiteral("b")));
        QCOMPARE(m_applied, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(!frame->isWaiting());
        frame->pageShown(article(QStringLiteral("b"))); // drawn again: applied once
        QCOMPARE(m_applied.size(), 2);
    }

    void aPartOfThePageWhoseFrameIsUpGetsItAtOnce()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("d")), content(QStringLiteral("D")), PageFrame::When::WithPage);
        frame->pageShown(QUrl(QStringLiteral("myelin://article/d#top"))); // the page, whatever part of it
        // #sources in the same page: no page comes, the frame is made at once.
        frame->show(QUrl(QStringLiteral("myelin://article/d#sources")), content(QStringLiteral("D sources")),
                    PageFrame::When::WithPage);
        QCOMPARE(m_applied, (QStringList{QStringLiteral("D"), QStringLiteral("D sources")}));
        QVERIFY(!frame->isWaiting());
    }

    void theLastPageAskedForWins()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("e")), content(QStringLiteral("E")), PageFrame::When::WithPage);
        frame->show(article(QStringLiteral("f")), content(QStringLiteral("F")), PageFrame::When::WithPage);
        QVERIFY(m_applied.isEmpty());
        frame->pageShown(article(QStringLiteral("e"))); // loaded and drawn before F's request went out
        QVERIFY(m_applied.isEmpty());
        QVERIFY(frame->isWaiting());
        frame->pageShown(article(QStringLiteral("f")));
        QCOMPARE(m_applied, QStringList{QStringLiteral("F")}); // E's frame is never shown
    }

    void aPageThatNeverSaysItIsShownGetsItsFrameInTheEnd()
    {
        auto frame = makeFrame();
        frame->setLongestWaitMs(50);
        frame->show(article(QStringLiteral("k")), content(QStringLiteral("K")), PageFrame::When::WithPage);
        QVERIFY(m_applied.isEmpty());
        QTRY_COMPARE(m_applied, QStringList{QStringLiteral("K")});
        QVERIFY(!frame->isWaiting());
        frame->pageShown(article(QStringLiteral("k"))); // late: nothing more
        QCOMPARE(m_applied.size(), 1);
    }

    void backToThePageOnScreenBeforeTheNextCame()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("g")), content(QStringLiteral("G")), PageFrame::When::Now);
        frame->show(article(QStringLiteral("h")), content(QStringLiteral("H")), PageFrame::When::WithPage);
        // Back to G before H was drawn: G's page never left the screen, its frame is made at once.
        frame->show(article(QStringLiteral("g")), content(QStringLiteral("G again")), PageFrame::When::WithPage);
        QCOMPARE(m_applied, (QStringList{QStringLiteral("G"), QStringLiteral("G again")}));
        QVERIFY(!frame->isWaiting());
        frame->pageShown(article(QStringLiteral("g"))); // G drawn again: its frame is up already
        QCOMPARE(m_applied.size(), 2);
        frame->pageShown(article(QStringLiteral("h"))); // not the page asked for last
        QCOMPARE(m_applied.size(), 2);
    }
};

MYELIN_GUI_TEST_MAIN(TestPageFrame)
#include "tst_pageframe.moc"
