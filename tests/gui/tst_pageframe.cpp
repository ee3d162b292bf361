// SPDX-License-Identifier: GPL-3.0-or-later
// The window's frame (breadcrumb, related items) changes with the page, not before it
// (ui/shell/pageframe): a page on its way gets its frame when its bytes are handed to the engine, or
// when it has loaded; a page already handed over, or one shown at once, gets it now.
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
        frame->pageLoaded(); // nothing left to apply
        QCOMPARE(m_applied.size(), 1);
    }

    void aPageOnItsWayGetsItsFrameWhenItIsServed()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("b")), content(QStringLiteral("B")), PageFrame::When::WithPage);
        QVERIFY(m_applied.isEmpty());
        QVERIFY(frame->isWaiting());
        frame->pageServed(article(QStringLiteral("a"))); // another page's (a switch before it)
        QVERIFY(m_applied.isEmpty());
        frame->pageServed(article(QStringLiteral("b")));
        QCOMPARE(m_applied, QStringList{QStringLiteral("B")});
        frame->pageServed(article(QStringLiteral("b"))); // served again (a reload): applied once
        frame->pageLoaded();
        QCOMPARE(m_applied.size(), 1);
    }

    void aPageNoRequestReachesGetsItsFrameWhenLoaded()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("c")), content(QStringLiteral("C")), PageFrame::When::WithPage);
        QVERIFY(m_applied.isEmpty());
        frame->pageLoaded(); // kept by the engine (back and forward), or failed
        QCOMPARE(m_applied, QStringList{QStringLiteral("C")});
    }

    void aPageAlreadyServedGetsItsFrameAtOnce()
    {
        // A link followed inside the page: the engine asks for the page before it says its address.
        auto frame = makeFrame();
        frame->pageServed(article(QStringLiteral("d")));
        frame->show(QUrl(QStringLiteral("myelin://article/d#sources")), content(QStringLiteral("D")),
                    PageFrame::When::WithPage);
        QCOMPARE(m_applied, QStringList{QStringLiteral("D")});
        // A part of the page whose frame is up: no page comes, the frame is made at once.
        frame->show(QUrl(QStringLiteral("myelin://article/d#top")), content(QStringLiteral("D top")),
                    PageFrame::When::WithPage);
        QCOMPARE(m_applied, (QStringList{QStringLiteral("D"), QStringLiteral("D top")}));
    }

    void aServingIsUsedUpOnceThePageHasLoaded()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("g")), content(QStringLiteral("G")), PageFrame::When::Now);
        frame->pageServed(article(QStringLiteral("h"))); // served, then the engine went elsewhere
        frame->pageLoaded();
        frame->show(article(QStringLiteral("i")), content(QStringLiteral("I")), PageFrame::When::WithPage);
        frame->pageLoaded();
        QCOMPARE(m_applied, (QStringList{QStringLiteral("G"), QStringLiteral("I")}));
        // A later visit to H waits for its own page.
        frame->show(article(QStringLiteral("h")), content(QStringLiteral("H")), PageFrame::When::WithPage);
        QCOMPARE(m_applied.size(), 2);
        frame->pageServed(article(QStringLiteral("h")));
        QCOMPARE(m_applied.last(), QStringLiteral("H"));
    }

    void theLastPageAskedForWins()
    {
        auto frame = makeFrame();
        frame->show(article(QStringLiteral("e")), content(QStringLiteral("E")), PageFrame::When::WithPage);
        frame->show(article(QStringLiteral("f")), content(QStringLiteral("F")), PageFrame::When::WithPage);
        frame->pageServed(article(QStringLiteral("e"))); // the page left before it came
        QVERIFY(m_applied.isEmpty());
        frame->pageServed(QUrl(QStringLiteral("myelin://image/f.svg"))); // not this page
        QVERIFY(m_applied.isEmpty());
        frame->pageServed(article(QStringLiteral("f")));
        QCOMPARE(m_applied, QStringList{QStringLiteral("F")});
    }
};

MYELIN_GUI_TEST_MAIN(TestPageFrame)
#include "tst_pageframe.moc"
