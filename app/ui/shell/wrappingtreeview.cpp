// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappingtreeview.h"

#include <QEvent>
#include <QHeaderView>
#include <QResizeEvent>
#include <QStyledItemDelegate>

namespace Myelin::Ui {

namespace {

// Measures a row at the width its text will have (the column, less the indentation of its level):
// the view passes no width, and the style then measures the words on one endless line.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
            ++depth;
        }
        QStyleOptionViewItem measured = option;
        const int width = m_view->header()->sectionSize(index.column()) - depth * m_view->indentation();
        measured.rect = QRect(0, 0, qMax(1, width), qMax(1, option.fontMetrics.height()));
        measured.features |= QStyleOptionViewItem::WrapText;
        const QSize size = QStyledItemDelegate::sizeHint(measured, index);
        return size;
    }

private:
    QTreeView *m_view;
};

} // namespace

WrappingTreeView::WrappingTreeView(QWidget *parent) : QTreeView(parent)
{
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone); // wrapped, never cut with an ellipsis
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
    setItemDelegate(new WrappingDelegate(this));
}

void WrappingTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->oldSize().width() != event->size().width()) {
        scheduleDelayedItemsLayout(); // each row measured again at the new width
    }
}

void WrappingTreeView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        scheduleDelayedItemsLayout();
    }
}

} // namespace Myelin::Ui
