// SPDX-License-Identifier: GPL-3.0-or-later
// The delegates that wrap their words (related items, notes) remember how tall wrapped text is: what
// they remember must follow the width, the font and the words, or an item would keep another's height.
#include "ui/notes/noteitemdelegate.h"
#include "ui/shell/relateditemdelegate.h"
#include "ui/shell/wrappedtextheights.h"

#include <QListWidget>
#include <QTest>

using namespace Myelin;

class TestRelatedItemDelegate : public QObject
{
    Q_OBJECT

private:
    static int heightAt(QListWidget &list, QStyledItemDelegate &delegate, int width)
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

    void notesFollowTheirWords()
    {
        QListWidget list;
        Ui::NoteItemDelegate delegate;
        list.setItemDelegate(&delegate);
        auto *item = new QListWidgetItem(&list);
        item->setData(Ui::NoteItemDelegate::HeadingRole, QStringLiteral("Fatigue is the most common symptom"));
        item->setData(Ui::NoteItemDelegate::NoteRole, QStringLiteral("Ask."));
        const int shortNote = heightAt(list, delegate, 200);
        QCOMPARE(heightAt(list, delegate, 200), shortNote);
        item->setData(Ui::NoteItemDelegate::NoteRole,
                      QStringLiteral("Ask the MS nurse about pacing, and about the energy diary the group talked "
                                     "about at the last meeting."));
        QVERIFY(heightAt(list, delegate, 200) > shortNote);
        QVERIFY(heightAt(list, delegate, 900) < heightAt(list, delegate, 200));
    }

    void heightsAreForgottenPastTheLimit()
    {
        Ui::WrappedTextHeights heights;
        const QFont font;
        const int one = heights.height(font, 300, QStringLiteral("word"));
        QCOMPARE(heights.size(), 1);
        for (int i = 1; i < Ui::WrappedTextHeights::Limit; ++i) {
            QCOMPARE(heights.height(font, 300 + i, QStringLiteral("word")), one);
        }
        QCOMPARE(heights.size(), Ui::WrappedTextHeights::Limit);
        heights.height(font, 10, QStringLiteral("word")); // one more: the old ones go
        QCOMPARE(heights.size(), 1);
    }
};

QTEST_MAIN(TestRelatedItemDelegate)
#include "tst_relateditemdelegate.moc"
