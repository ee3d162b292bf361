// SPDX-License-Identifier: GPL-3.0-or-later
// A pane's buttons (ui/shell/buttonshelf): all shown on at most two lines when there is room; at a
// large text size in a narrow pane the first stay and the rest fold into a More menu that keeps their
// words and enabled state and clicks them, so none is cut short or pushed out of the pane.
#include "testsupport.h"
#include "ui/shell/buttonshelf.h"
#include "web/urlscheme.h"

#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using Myelin::Ui::ButtonShelf;

class TestButtonShelf : public QObject
{
    Q_OBJECT

private:
    struct Shelf
    {
        std::unique_ptr<ButtonShelf> shelf = std::make_unique<ButtonShelf>();
        QList<QPushButton *> buttons;
    };

    static Shelf make(int width, qreal pointSize)
    {
        Shelf s;
        QFont font = s.shelf->font();
        font.setPointSizeF(pointSize);
        s.shelf->setFont(font);
        for (const char *text : {"Open", "Rename\u2026", "Delete", "Up", "Down", "Move to\u2026", "New Folder\u2026"}) {
            auto *button = new QPushButton(QString::fromUtf8(text));
            s.shelf->addButton(button);
            s.buttons << button;
        }
        s.shelf->resize(width, s.shelf->heightForWidth(width));
        s.shelf->show();
        return s;
    }

    // Buttons shown narrower than their words or outside the shelf, and the lines they take.
    static QStringList cut(const ButtonShelf &shelf, int *lines)
    {
        QStringList problems;
        QList<int> tops;
        QList<QPushButton *> shown;
        for (QPushButton *button : shelf.findChildren<QPushButton *>()) {
            if (button->isVisible()) {
                shown << button;
            }
        }
        for (QPushButton *button : shown) {
            if (button->width() < button->fontMetrics().horizontalAdvance(button->text()) ||
                !shelf.rect().contains(button->geometry())) {
                problems << button->text();
            }
            if (!tops.contains(button->y())) {
                tops << button->y();
            }
        }
        *lines = int(tops.size());
        return problems;
    }

private slots:
    void withRoomEveryButtonIsShown()
    {
        Shelf s = make(900, 11);
        QVERIFY(QTest::qWaitForWindowExposed(s.shelf.get()));
        QVERIFY(s.shelf->folded().isEmpty());
        QVERIFY(!s.shelf->moreButton()->isVisible());
        int lines = 0;
        QVERIFY2(cut(*s.shelf, &lines).isEmpty(), qPrintable(cut(*s.shelf, &lines).join(QLatin1String(", "))));
        QCOMPARE(lines, 1);
    }

    void largeTextFoldsTheRestIntoAMenu()
    {
        Shelf s = make(250, 26);
        QVERIFY(QTest::qWaitForWindowExposed(s.shelf.get()));
        QVERIFY(!s.shelf->folded().isEmpty());
        QVERIFY(s.buttons.first()->isVisible()); // the first stays
        QVERIFY(s.shelf->moreButton()->isVisible());
        s.shelf->resize(250, s.shelf->heightForWidth(250));
        int lines = 0;
        QTRY_VERIFY2(cut(*s.shelf, &lines).isEmpty(), qPrintable(cut(*s.shelf, &lines).join(QLatin1String(", "))));
        QVERIFY2(lines <= 2, qPrintable(QString::number(lines)));
        // The menu holds the folded buttons, with their words and enabled state, and clicks them.
        QPushButton *deleteButton = s.buttons.at(2);
        QVERIFY(s.shelf->folded().contains(deleteButton));
        deleteButton->setEnabled(false);
        QMenu *menu = s.shelf->moreButton()->menu();
        QVERIFY(menu != nullptr);
        QVERIFY(!menu->accessibleName().isEmpty());
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), s.shelf->folded().size());
        QCOMPARE(menu->actions().at(s.shelf->folded().indexOf(deleteButton))->text(), QStringLiteral("Delete"));
        QVERIFY(!menu->actions().at(s.shelf->folded().indexOf(deleteButton))->isEnabled());
        deleteButton->setEnabled(true);
        emit menu->aboutToShow();
        QSignalSpy clicked(deleteButton, &QPushButton::clicked);
        menu->actions().at(s.shelf->folded().indexOf(deleteButton))->trigger();
        QCOMPARE(clicked.size(), 1);
        // Back at the normal size, they all come back.
        QFont font = s.shelf->font();
        font.setPointSizeF(11);
        s.shelf->setFont(font);
        s.shelf->resize(900, s.shelf->heightForWidth(900));
        QTRY_VERIFY(s.shelf->folded().isEmpty());
        QVERIFY(!s.shelf->moreButton()->isVisible());
    }
};

MYELIN_GUI_TEST_MAIN(TestButtonShelf)
#include "tst_buttonshelf.moc"
