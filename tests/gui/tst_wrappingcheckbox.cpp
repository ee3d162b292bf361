// SPDX-License-Identifier: GPL-3.0-or-later
// A check box whose words wrap when its room is narrow (ui/shell/wrappingcheckbox): as narrow as its
// longest word, taller for each line, and a click anywhere on its words ticks it.
#include "testsupport.h"
#include "ui/shell/wrappingcheckbox.h"
#include "web/urlscheme.h"

#include <QTest>
#include <QVBoxLayout>

using Myelin::Ui::WrappingCheckBox;

class TestWrappingCheckBox : public QObject
{
    Q_OBJECT

private:
    static QString text() { return QStringLiteral("My questions for my next appointment, with space for the answers"); }

private slots:
    void narrowRoomMakesMoreLines()
    {
        WrappingCheckBox box(text());
        const QSize oneLine = box.sizeHint();
        QVERIFY2(box.minimumSizeHint().width() < oneLine.width() / 3,
                 qPrintable(QStringLiteral("%1 of %2").arg(box.minimumSizeHint().width()).arg(oneLine.width())));
        QVERIFY(box.minimumSizeHint().width() >= box.fontMetrics().horizontalAdvance(QStringLiteral("appointment,")));
        QCOMPARE(box.heightForWidth(oneLine.width()), oneLine.height());
        const int lineHeight = box.fontMetrics().lineSpacing();
        QVERIFY(box.heightForWidth(oneLine.width() / 2) >= oneLine.height() + lineHeight - 2);
        QVERIFY(box.heightForWidth(box.minimumSizeHint().width()) > box.heightForWidth(oneLine.width() / 2));
    }

    void aNarrowWindowKeepsItWithinAndTallEnough()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *box = new WrappingCheckBox(text());
        layout->addWidget(box);
        layout->addStretch(1);
        const int narrow = box->sizeHint().width() / 3;
        window.resize(narrow, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(box->width() <= window.width());
        QCOMPARE(window.width(), narrow); // its words did not widen the window
        QVERIFY2(box->height() >= box->heightForWidth(box->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(box->height()).arg(box->heightForWidth(box->width()))));
    }

    void aClickOnItsLastLineTicksIt()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *box = new WrappingCheckBox(text());
        layout->addWidget(box);
        window.resize(box->sizeHint().width() / 3, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(box->height() > box->sizeHint().height());
        QVERIFY(!box->isChecked());
        // Right of the last line's start, below where a one-line check box would take clicks.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() / 2, box->height() - 4));
        QVERIFY(box->isChecked());
    }
};

MYELIN_GUI_TEST_MAIN(TestWrappingCheckBox)
#include "tst_wrappingcheckbox.moc"
