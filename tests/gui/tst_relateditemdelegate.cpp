// SPDX-License-Identifier: GPL-3.0-or-later
// The related items' delegate remembers how tall wrapped text is: what it remembers must follow the
// width and the font, or an item would keep the height of another size.
#include "ui/shell/relateditemdelegate.h"

#include <QListWidget>
#include <QTest>

using namespace Myelin;

class TestRelatedItemDelegate : public QObject
{
    Q_OBJECT

private:
    static int heightAt(QListWidget &list, Ui::RelatedItemDelegate &delegate, int width)
    {
        QStyleOptionViewItem option;
        option.initFrom(&list);
        option.font = list.font();
        option.rect = QRect(0, 0, width, 10);
        return delegate.sizeHint(option, list.model()->index(0, 0)).height();
    }

private slots:
    void heightFollowsWidthAndFont()
    {
        QListWidget list;
        Ui::RelatedItemDelegate delegate;
        list.setItemDelegate(&delegate);
        auto *item = new QListWidgetItem(&list);
        item->setData(Ui::RelatedItemDelegate::TitleRole, QStringLiteral("Optic neuritis and what it does to sight"));
        item->setData(
            Ui::RelatedItemDelegate::SummaryRole,
            QStringLiteral("How inflammation of the optic nerve blurs vision, and how sight usually comes back "
                           "over weeks to months."));
        const int wide = heightAt(list, delegate, 900);
        const int narrow = heightAt(list, delegate, 160);
        QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
        QCOMPARE(heightAt(list, delegate, 900), wide); // asked again: the same answer
        QCOMPARE(heightAt(list, delegate, 160), narrow);

        QFont larger = list.font();
        if (larger.pointSizeF() > 0) {
            larger.setPointSizeF(larger.pointSizeF() * 2.5);
        } else {
            larger.setPixelSize(larger.pixelSize() * 5 / 2);
        }
        list.setFont(larger);
        QVERIFY(heightAt(list, delegate, 160) > narrow);
        QVERIFY(heightAt(list, delegate, 900) > wide);

        // Other words at the same width and font: their own height.
        item->setData(Ui::RelatedItemDelegate::SummaryRole, QStringLiteral("Short."));
        list.setFont(QFont(larger.family(), 9));
        const int shortNarrow = heightAt(list, delegate, 160);
        item->setData(Ui::RelatedItemDelegate::SummaryRole,
                      QStringLiteral("A much longer summary that needs several lines when the pane is narrow, as it is "
                                     "at large text sizes."));
        QVERIFY(heightAt(list, delegate, 160) > shortNarrow);
    }
};

QTEST_MAIN(TestRelatedItemDelegate)
#include "tst_relateditemdelegate.moc"
