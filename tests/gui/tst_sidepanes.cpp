// SPDX-License-Identifier: GPL-3.0-or-later
// The panes beside the article (ui/shell/sidepanes): every title whole at any text size (buttons on
// at most two lines, else one drop-down list), one Tab stop for the row with the arrows moving
// between panes, and the list choosing the same pane as the buttons.
#include "testsupport.h"
#include "ui/shell/deferredpane.h"
#include "ui/shell/sidepanes.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using Myelin::Ui::DeferredPane;
using Myelin::Ui::SidePanes;

class TestSidePanes : public QObject
{
    Q_OBJECT

private:
    // The window's panes as the reader has them, each holding one control Tab can reach.
    static const QStringList &titles()
    {
        static const QStringList list{QStringLiteral("Contents"),  QStringLiteral("Glossary"),
                                      QStringLiteral("Bookmarks"), QStringLiteral("Notes"),
                                      QStringLiteral("Questions"), QStringLiteral("Search")};
        return list;
    }

    static std::unique_ptr<SidePanes> make(int width, qreal pointSize)
    {
        auto panes = std::make_unique<SidePanes>();
        QFont font = panes->font();
        font.setPointSizeF(pointSize);
        panes->setFont(font);
        for (const QString &title : titles()) {
            auto *edit = new QLineEdit;
            edit->setAccessibleName(title);
            panes->addPane(edit, title);
        }
        panes->resize(width, 500);
        panes->show();
        return panes;
    }

    // Titles cut short or outside the panes; empty when every one is whole and on screen.
    static QStringList cut(const SidePanes &panes)
    {
        QStringList problems;
        const QList<QWidget *> controls = panes.switcherControls();
        auto check = [&](QWidget *control, const QString &text) {
            const QRect at(control->mapTo(&panes, QPoint()), control->size());
            if (!control->isVisible() || control->width() <= control->fontMetrics().horizontalAdvance(text) ||
                !panes.rect().contains(at)) {
                problems << text;
            }
        };
        for (int i = 0; i < panes.count(); ++i) {
            check(panes.compact() ? controls.last() : controls.at(i), panes.title(i));
        }
        return problems;
    }

    static int lines(const SidePanes &panes)
    {
        QList<int> tops;
        for (int i = 0; i < panes.count(); ++i) {
            const int top = panes.switcherControls().at(i)->y();
            if (!tops.contains(top)) {
                tops << top;
            }
        }
        return int(tops.size());
    }

private slots:
    void atNormalSizeEveryTitleIsAWholeButton()
    {
        auto panes = make(480, 11);
        QVERIFY(QTest::qWaitForWindowExposed(panes.get()));
        QTRY_VERIFY(!panes->compact());
        QVERIFY2(cut(*panes).isEmpty(), qPrintable(cut(*panes).join(QLatin1String(", "))));
        QVERIFY(lines(*panes) <= 2);
        QVERIFY(!panes->switcherControls().last()->isVisible());
        // At the narrowest the pane can be, whichever is shown, every title is whole.
        panes->resize(250, 500);
        QTRY_VERIFY2(cut(*panes).isEmpty(), qPrintable(cut(*panes).join(QLatin1String(", "))));
    }

    void atLargeSizeOneListHoldsThemWhole()
    {
        auto panes = make(250, 26);
        QVERIFY(QTest::qWaitForWindowExposed(panes.get()));
        QTRY_VERIFY(panes->compact());
        QVERIFY2(cut(*panes).isEmpty(), qPrintable(cut(*panes).join(QLatin1String(", "))));
        for (int i = 0; i < panes->count(); ++i) {
            QVERIFY(!panes->switcherControls().at(i)->isVisible());
        }
        // Wider, the buttons come back; narrower again, the list.
        panes->resize(900, 500);
        QTRY_VERIFY(!panes->compact());
        QVERIFY2(cut(*panes).isEmpty(), qPrintable(cut(*panes).join(QLatin1String(", "))));
        panes->resize(250, 500);
        QTRY_VERIFY(panes->compact());
    }

    void panesAddedWhileHiddenAreMeasuredWhenShown()
    {
        // The window adds its panes before it is shown; the buttons-or-list choice is made once, then.
        auto panes = make(480, 11);
        QVERIFY(QTest::qWaitForWindowExposed(panes.get()));
        QTRY_VERIFY(!panes->compact());
        panes->hide();
        for (const QString &title : titles()) {
            auto *edit = new QLineEdit;
            edit->setAccessibleName(title);
            panes->addPane(edit, title + QStringLiteral(" again"));
        }
        QVERIFY(!panes->compact()); // not measured while hidden
        panes->show();              // the same size: no resize event to measure it
        QTRY_VERIFY(panes->compact());
        QTRY_VERIFY2(cut(*panes).isEmpty(), qPrintable(cut(*panes).join(QLatin1String(", "))));
    }

    void placesKeptForLaterPanesHoldTheirShape_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<qreal>("pointSize");
        QTest::newRow("wide, normal text") << 900 << qreal(11);
        QTest::newRow("two lines of buttons") << 480 << qreal(11);
        QTest::newRow("narrow: the list") << 250 << qreal(11);
        QTest::newRow("large text: the list") << 250 << qreal(26);
    }

    void placesKeptForLaterPanesHoldTheirShape()
    {
        // Issue 21: the window is painted with Contents and Glossary; the other panes come with the
        // features a moment later. Their places are kept, so the switcher does not grow a line or turn
        // into the list under the reader's eyes, and the pane below it does not move.
        QFETCH(int, width);
        QFETCH(qreal, pointSize);
        SidePanes panes;
        QFont font = panes.font();
        font.setPointSizeF(pointSize);
        panes.setFont(font);
        const QStringList first = titles().mid(0, 2);
        const QStringList later = titles().mid(2);
        for (const QString &title : first) {
            panes.addPane(new QLabel(title), title);
        }
        panes.keepPlaces(later);
        panes.resize(width, 500);
        panes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panes));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const auto paneTop = [&panes] { return panes.widget(0)->mapTo(&panes, QPoint()).y(); };
        const int top = paneTop();
        const bool compact = panes.compact();
        // The places are room only: no button to click or Tab to, nothing for a screen reader.
        QCOMPARE(panes.count(), 2);
        QCOMPARE(panes.switcherControls().size(), 3); // two buttons and the list
        for (auto *button : panes.findChildren<QToolButton *>()) {
            QVERIFY(button->isVisible() == (!compact && first.contains(button->text())));
        }

        for (const QString &title : later) {
            panes.addPane(new QLabel(title), title);
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(panes.compact(), compact);
        QCOMPARE(paneTop(), top);
        QVERIFY2(cut(panes).isEmpty(), qPrintable(cut(panes).join(QLatin1String(", "))));
        // Each came into its own place, in order: the buttons read as the panes do.
        for (int i = 0; i < panes.count(); ++i) {
            QCOMPARE(static_cast<QToolButton *>(panes.switcherControls().at(i))->text(), titles().at(i));
        }
        // A pane added after the places are taken goes at the end, as before.
        panes.addPane(new QLabel(QStringLiteral("More")), QStringLiteral("More"));
        QCOMPARE(panes.title(panes.count() - 1), QStringLiteral("More"));
    }

    void placesNoPaneTookAreGivenBack()
    {
        SidePanes panes;
        panes.addPane(new QLabel(QStringLiteral("Contents")), QStringLiteral("Contents"));
        panes.keepPlaces({QStringLiteral("A long title kept"), QStringLiteral("Another long title kept"),
                          QStringLiteral("A third long title kept")});
        panes.resize(480, 500);
        panes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panes));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const int kept = panes.widget(0)->mapTo(&panes, QPoint()).y();
        panes.releasePlaces();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(panes.findChildren<QToolButton *>().size(), 1);
        QTRY_VERIFY(panes.widget(0)->mapTo(&panes, QPoint()).y() < kept); // one line of buttons again
        QVERIFY(!panes.compact());
    }

    void theListAndTheButtonsChooseTheSamePane()
    {
        auto panes = make(250, 26);
        QVERIFY(QTest::qWaitForWindowExposed(panes.get()));
        QTRY_VERIFY(panes->compact());
        auto *list = qobject_cast<QComboBox *>(panes->switcherControls().last());
        QVERIFY(list != nullptr);
        QSignalSpy changed(panes.get(), &SidePanes::currentChanged);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down); // a closed combo box moves to the next item
        QCOMPARE(panes->currentIndex(), 1);
        QCOMPARE(changed.size(), 1);
        panes->setCurrentWidget(panes->widget(4));
        QCOMPARE(list->currentIndex(), 4);
        QVERIFY(qobject_cast<QToolButton *>(panes->switcherControls().at(4))->isChecked());
        QCOMPARE(panes->currentWidget(), panes->widget(4));
    }

    void theArrowsMoveBetweenPanesAndTabLeavesTheRow()
    {
        auto panes = make(600, 11);
        QVERIFY(QTest::qWaitForWindowExposed(panes.get()));
        panes->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panes.get()));
        QTRY_VERIFY(!panes->compact());
        QWidget *first = panes->switcherControls().at(0);
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClick(first, Qt::Key_Right);
        QCOMPARE(panes->currentIndex(), 1);
        QVERIFY(panes->switcherControls().at(1)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QCOMPARE(panes->currentIndex(), titles().size() - 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // wraps round
        QCOMPARE(panes->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(panes->currentIndex(), titles().size() - 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QCOMPARE(panes->currentIndex(), 0);
        // Only the chosen button takes Tab: the next Tab goes into the pane shown.
        for (int i = 1; i < panes->count(); ++i) {
            QVERIFY(!(panes->switcherControls().at(i)->focusPolicy() & Qt::TabFocus));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), panes->widget(0));
        // Right to left, Right goes to the previous pane.
        panes->setLayoutDirection(Qt::RightToLeft);
        panes->switcherControls().at(2)->setFocus();
        panes->setCurrentIndex(2);
        QTest::keyClick(panes->switcherControls().at(2), Qt::Key_Right);
        QCOMPARE(panes->currentIndex(), 1);
    }

    void everyControlIsNamedForScreenReaders()
    {
        auto panes = make(250, 11);
        for (QWidget *control : panes->switcherControls()) {
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        }
        QCOMPARE(panes->switcherControls().at(2)->accessibleName(), QStringLiteral("Bookmarks"));
    }

    void aPaneTallerThanItsRoomScrollsAsAWhole()
    {
        auto panes = make(300, 11);
        auto *tall = new QWidget;
        auto *layout = new QVBoxLayout(tall);
        auto *text = new QLabel(QStringLiteral("A long explanation that takes many lines at a large size."));
        text->setWordWrap(true);
        auto *button = new QPushButton(QStringLiteral("Open"));
        layout->addWidget(text);
        layout->addWidget(button);
        tall->setMinimumHeight(900); // more than the 500 the panes have
        const int index = panes->addPane(tall, QStringLiteral("Notes"));
        QCOMPARE(panes->widget(index), tall);
        QCOMPARE(panes->indexOf(tall), index);
        panes->setCurrentIndex(index);
        QCOMPARE(panes->currentWidget(), tall);
        QTRY_VERIFY(tall->isVisible());
        QCOMPARE(tall->height(), 900); // not squeezed into the room left
        auto *scroller = qobject_cast<QScrollArea *>(tall->parentWidget()->parentWidget());
        QVERIFY(scroller != nullptr);
        QVERIFY(scroller->verticalScrollBar()->isVisible());
        QCOMPARE(scroller->verticalScrollBar()->maximum(), 900 - scroller->viewport()->height());
        QCOMPARE(scroller->focusPolicy(), Qt::NoFocus); // Tab goes to the pane's own controls
        QVERIFY(!scroller->accessibleName().isEmpty());
        // A pane that fits fills the room and shows no scroll bar.
        auto *small = new QLabel(QStringLiteral("fits"));
        panes->setCurrentIndex(panes->addPane(small, QStringLiteral("Small")));
        QTRY_VERIFY(small->isVisible());
        auto *fits = qobject_cast<QScrollArea *>(small->parentWidget()->parentWidget());
        QVERIFY(fits != nullptr);
        QVERIFY(!fits->verticalScrollBar()->isVisible());
        QCOMPARE(small->height(), fits->viewport()->height());
        // Up and down only: a pane's minimum width still holds the side panes open that wide.
        auto *wide = new QWidget;
        wide->setMinimumWidth(420);
        panes->addPane(wide, QStringLiteral("Wide"));
        QTRY_VERIFY2(panes->minimumSizeHint().width() >= 420, // once the layouts have heard of it
                     qPrintable(QString::number(panes->minimumSizeHint().width())));
    }

    void aDeferredPaneIsMadeWhenFirstShown()
    {
        auto panes = make(400, 11);
        int makes = 0;
        auto *deferred = new DeferredPane([&makes] {
            ++makes;
            auto *edit = new QLineEdit;
            edit->setAccessibleName(QStringLiteral("History search"));
            return edit;
        });
        QSignalSpy made(deferred, &DeferredPane::made);
        const int index = panes->addPane(deferred, QStringLiteral("History"));
        QCoreApplication::processEvents();
        QCOMPARE(makes, 0); // another pane is shown: nothing made
        QVERIFY(!deferred->isMade());
        QCOMPARE(panes->title(index), QStringLiteral("History")); // its button is there from the start
        panes->setCurrentIndex(index);
        QCOMPARE(makes, 1);
        QCOMPARE(made.size(), 1);
        auto *edit = qobject_cast<QLineEdit *>(deferred->content());
        QVERIFY(edit != nullptr);
        QTRY_VERIFY(edit->isVisible());
        QCOMPARE(edit->parentWidget(), deferred);
        deferred->setFocus(); // focus given to the pane goes to what is in it
        QTRY_VERIFY(edit->hasFocus());
        panes->setCurrentIndex(0);
        panes->setCurrentIndex(index);
        QCOMPARE(makes, 1); // made once
    }

    void aDeferredPaneMadeWhileHiddenIsShownWithIt()
    {
        for (const bool windowShown : {true, false}) {
            auto panes = make(400, 11);
            if (!windowShown) {
                panes->hide(); // as while the reader's window is being made
            }
            auto *deferred = new DeferredPane([] { return new QLineEdit; });
            const int index = panes->addPane(deferred, QStringLiteral("History"));
            QWidget *edit = deferred->content(); // asked for before it is shown
            QVERIFY(!edit->isVisible());
            panes->show();
            panes->setCurrentIndex(index);
            QTRY_VERIFY2(edit->isVisible(), windowShown ? "window shown" : "window not yet shown");
        }
    }

    void aDeferredPaneAskedForBeforeItIsShownIsMadeThen()
    {
        int makes = 0;
        DeferredPane deferred([&makes] {
            ++makes;
            return new QLabel(QStringLiteral("made"));
        });
        QCOMPARE(makes, 0);
        QCOMPARE(deferred.contentAs<QLabel>()->text(), QStringLiteral("made"));
        QCOMPARE(deferred.contentAs<QLabel>()->text(), QStringLiteral("made"));
        QCOMPARE(makes, 1);
    }
};

MYELIN_GUI_TEST_MAIN(TestSidePanes)
#include "tst_sidepanes.moc"
