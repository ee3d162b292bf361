// SPDX-License-Identifier: GPL-3.0-or-later
// Rows of the bookmarks and history lists (ui/shell/wrappingtreeview) wrap a long title onto more
// lines instead of cutting it, and after the pane is narrowed or the text made larger each row is
// tall enough for its lines and no row overlaps the next.
#include "testsupport.h"
#include "ui/shell/wrappingtreeview.h"
#include "web/urlscheme.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTest>

using Myelin::Ui::WrappingTreeView;

class TestWrappingTreeView : public QObject
{
    Q_OBJECT

private:
    // Rows that overlap the next one or are shorter than their wrapped words need.
    static QStringList problems(const WrappingTreeView &tree, const QStandardItemModel &model)
    {
        QStringList found;
        QRect previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QRect rect = tree.visualRect(index);
            // The style's own margin on each side of the words (QStyle::PM_FocusFrameHMargin + 1).
            const int margin = tree.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &tree) + 1;
            const QRect text = tree.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 2 * margin, 10000),
                                                               Qt::TextWordWrap, index.data().toString());
            if (rect.height() < text.height()) {
                found << QStringLiteral("row %1: %2 px, needs %3").arg(row).arg(rect.height()).arg(text.height());
            }
            if (previous.isValid() && rect.top() < previous.bottom()) {
                found << QStringLiteral("row %1 overlaps row %2").arg(row).arg(row - 1);
            }
            previous = rect;
        }
        return found;
    }

private slots:
    void longTitlesWrapAndRowsNeverOverlap()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("Fatigue")));
        model.appendRow(
            new QStandardItem(QStringLiteral("Relapses: what they are and what to do (no longer in the library)")));
        model.appendRow(new QStandardItem(QStringLiteral("Heat and MS")));
        WrappingTreeView tree;
        tree.setHeaderHidden(true);
        tree.setModel(&model);
        tree.resize(600, 400);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        QTRY_VERIFY2(problems(tree, model).isEmpty(), qPrintable(problems(tree, model).join(QLatin1String(", "))));
        const int wide = tree.visualRect(model.index(1, 0)).height();
        // Narrower: the long title takes more lines, and the rows after it move down.
        tree.resize(200, 400);
        QTRY_VERIFY(tree.visualRect(model.index(1, 0)).height() > wide);
        QTRY_VERIFY2(problems(tree, model).isEmpty(), qPrintable(problems(tree, model).join(QLatin1String(", "))));
        // Larger text: the same.
        QFont font = tree.font();
        font.setPointSizeF(font.pointSizeF() * 2);
        tree.setFont(font);
        QTRY_VERIFY2(problems(tree, model).isEmpty(), qPrintable(problems(tree, model).join(QLatin1String(", "))));
        QCOMPARE(tree.textElideMode(), Qt::ElideNone);
    }
};

MYELIN_GUI_TEST_MAIN(TestWrappingTreeView)
#include "tst_wrappingtreeview.moc"
