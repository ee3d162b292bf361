// SPDX-License-Identifier: GPL-3.0-or-later
// When a page that has loaded is on screen (ui/shell/pageshownwatch): after the first paint of the widget
// that shows it, once that paint pass is over; or after a fallback when no paint comes.
#include "testsupport.h"
#include "ui/shell/pageshownwatch.h"
#include "web/urlscheme.h"

#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using Myelin::Ui::PageShownWatch;

namespace {

constexpr int NoFallbackMs = 60 * 60 * 1000; // only a paint says so within a test

// A view whose page is drawn by a child that takes its focus, as QWebEngineView's is.
struct View
{
    QWidget window;
    QWidget *page = nullptr;
    int pagePaints = 0;

    View()
    {
        auto *layout = new QVBoxLayout(&window);
        page = new QWidget(&window);
        layout->addWidget(page);
        window.setFocusProxy(page);
        window.resize(300, 200);
    }

    bool showAndWait()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

// Counts the paints of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

} // namespace

class TestPageShownWatch : public QObject
{
    Q_OBJECT

private slots:
    void saysSoAfterThePagesFirstPaint()
    {
        View view;
        QVERIFY(view.showAndWait());
        PageShownWatch watch(&view.window);
        watch.setFallbackMs(NoFallbackMs); // only the paint can say so here
        QSignalSpy shown(&watch, &PageShownWatch::shown);
        PaintCounter counter(view.page);
        watch.arm();
        QVERIFY(watch.isArmed());
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 0); // nothing drawn yet
        view.page->update();
        QVERIFY(shown.wait(5000));
        QVERIFY(watch.lastShownByPaint());
        QVERIFY(counter.paints >= 1);
        QVERIFY(!watch.isArmed());
        // Later paints of the same page say nothing more.
        view.page->update();
        QTRY_VERIFY(counter.paints >= 2);
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 1);
    }

    void saysSoAfterThePaintPassNotDuringIt()
    {
        View view;
        QVERIFY(view.showAndWait());
        PageShownWatch watch(&view.window);
        watch.setFallbackMs(NoFallbackMs);
        QSignalSpy shown(&watch, &PageShownWatch::shown);
        watch.arm();
        view.page->repaint(); // painted and flushed before it returns
        QCOMPARE(shown.size(), 0);
        QTRY_COMPARE(shown.size(), 1); // from the event loop, after the pass
    }

    void fallsBackWhenNoPaintComes()
    {
        View view; // never shown: nothing is painted (a minimised window)
        PageShownWatch watch(&view.window);
        watch.setFallbackMs(50);
        QSignalSpy shown(&watch, &PageShownWatch::shown);
        watch.arm();
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.size(), 1);
        QVERIFY(!watch.isArmed());
        QVERIFY(!watch.lastShownByPaint());
        // The fallback, once used, does not say it again; a paint after it says nothing either.
        QVERIFY(view.showAndWait());
        view.page->repaint();
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 1);
    }

    void aPaintBeforeTheLoadDoesNotCount()
    {
        View view;
        QVERIFY(view.showAndWait());
        PageShownWatch watch(&view.window);
        watch.setFallbackMs(NoFallbackMs);
        QSignalSpy shown(&watch, &PageShownWatch::shown);
        PaintCounter counter(view.page);
        view.page->update();
        QTRY_VERIFY(counter.paints >= 1); // the old page, drawn before anything loaded
        QCOMPARE(shown.size(), 0);
        // A paint said but not yet delivered when the next page loads belongs to the page before.
        watch.arm();
        view.page->repaint(); // painted now; its word is queued
        watch.arm();          // the next page has loaded before the event loop turned
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 0);
        view.page->update();
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.size(), 1);
    }

    void followsANewPageWidget()
    {
        View view;
        QVERIFY(view.showAndWait());
        PageShownWatch watch(&view.window);
        watch.setFallbackMs(NoFallbackMs);
        QSignalSpy shown(&watch, &PageShownWatch::shown);
        PaintCounter counter(view.page);
        watch.arm();
        view.page->update();
        QVERIFY(shown.wait(5000));
        // The engine gives the view a new widget for its pages: that one is watched from the next load.
        auto *replacement = new QWidget(&view.window);
        view.window.layout()->addWidget(replacement);
        view.window.setFocusProxy(replacement);
        PaintCounter replacementPaints(replacement);
        QTRY_VERIFY(replacementPaints.paints >= 1); // its first paint, as it came, is over
        QCoreApplication::processEvents();
        watch.arm();
        view.page->repaint(); // the old widget: not the page's
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 1);
        replacement->update();
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.size(), 2);
    }
};

MYELIN_GUI_TEST_MAIN(TestPageShownWatch)
#include "tst_pageshownwatch.moc"
