// SPDX-License-Identifier: GPL-3.0-or-later
// The status line keeps a message for its time (ui/shell/statusmessages): the pointer passing a menu item
// or button with no status tip does not clear it; one with a tip shows the tip, then the message again.
#include "ui/shell/statusmessages.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTest>
#include <QToolBar>

using namespace Myelin::Ui;

class TestStatusMessages : public QObject
{
    Q_OBJECT

    struct Window
    {
        QMainWindow window;
        StatusMessages messages{window};
        QToolBar *bar = window.addToolBar(QStringLiteral("Tools"));
        QAction *plain = bar->addAction(QStringLiteral("Plain")); // no status tip, as most of the reader's
        QAction *tipped = bar->addAction(QStringLiteral("Tipped"));

        Window() { tipped->setStatusTip(QStringLiteral("What Tipped does")); }
        QString line() const { return window.statusBar()->currentMessage(); }
        // What Qt does when the pointer comes onto an action's button (or a menu item).
        void hover(QAction *action) { action->showStatusText(bar->widgetForAction(action)); }
        void leave() // and when it leaves a widget that had a tip
        {
            QStatusTipEvent tip{QString()};
            QCoreApplication::sendEvent(bar, &tip);
        }
    };

private slots:
    void emptyTipsLeaveTheMessage()
    {
        Window w;
        w.messages.show(QStringLiteral("Back where you left off."), 8000);
        w.hover(w.plain);
        QCOMPARE(w.line(), QStringLiteral("Back where you left off."));
        w.leave();
        QCOMPARE(w.line(), QStringLiteral("Back where you left off."));
    }

    void aTipIsShownThenTheMessageComesBack()
    {
        Window w;
        w.messages.show(QStringLiteral("Text size 150%"), 8000);
        w.hover(w.tipped);
        QCOMPARE(w.line(), QStringLiteral("What Tipped does"));
        w.hover(w.plain);
        QCOMPARE(w.line(), QStringLiteral("Text size 150%"));
    }

    void aMenuItemWithoutATipLeavesTheMessage()
    {
        Window w;
        QMenu *menu = w.window.menuBar()->addMenu(QStringLiteral("File"));
        QAction *item = menu->addAction(QStringLiteral("Open"));
        w.messages.show(QStringLiteral("Saved."), 8000);
        item->showStatusText(w.window.menuBar()); // as the menu does: to the bar that opened it
        QCOMPARE(w.line(), QStringLiteral("Saved."));
    }

    void aMessageWithoutEndStaysUntilTheNext()
    {
        Window w;
        w.messages.show(QStringLiteral("Changes are not being saved."));
        w.hover(w.tipped);
        w.leave();
        QCOMPARE(w.line(), QStringLiteral("Changes are not being saved."));
        w.messages.show(QStringLiteral("Next"), 8000);
        QCOMPARE(w.line(), QStringLiteral("Next"));
    }

    void aMessageWhoseTimeIsUpIsNotBroughtBack()
    {
        Window w;
        w.messages.show(QStringLiteral("Short"), 50);
        QTRY_COMPARE(w.line(), QString()); // the status line's own timer ended it
        w.hover(w.tipped);
        QCOMPARE(w.line(), QStringLiteral("What Tipped does"));
        w.leave();
        QCOMPARE(w.line(), QString());
    }

    void theMessageKeepsItsEnd()
    {
        // Brought back after a tip, it ends when it would have ended (at 1 s), not a whole time later (1.7 s).
        Window w;
        QElapsedTimer clock;
        clock.start();
        w.messages.show(QStringLiteral("Brief"), 1000);
        QTRY_VERIFY(clock.elapsed() >= 700);
        w.hover(w.tipped);
        w.leave();
        QCOMPARE(w.line(), QStringLiteral("Brief"));
        QTRY_COMPARE_WITH_TIMEOUT(w.line(), QString(), 5000);
        QVERIFY2(clock.elapsed() < 1600, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_MAIN(TestStatusMessages)
#include "tst_statusmessages.moc"
