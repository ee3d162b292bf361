// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstree.h"

#include "appstyle.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Myelin::Ui {

ContentsTree::ContentsTree(QWidget *parent) : WrappingTreeView(parent)
{
    fitIndentation();
}

int ContentsTree::arrowSize() const
{
    return qMax(16, qRound(fontMetrics().height() * 0.9));
}

void ContentsTree::fitIndentation()
{
    setIndentation(arrowSize() + 8);
}

void ContentsTree::changeEvent(QEvent *event)
{
    WrappingTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitIndentation();
    }
}

void ContentsTree::drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const
{
    if (!model()->hasChildren(index)) {
        return; // no lines: a calm list, indented
    }
    // The arrow sits in the last indentation step, just before the row's text.
    const int side = arrowSize();
    const QRect box(rect.right() - indentation() + (indentation() - side) / 2, rect.center().y() - side / 2, side,
                    side);
    const bool open = isExpanded(index);
    QPainterPath arrow;
    const QRectF r = QRectF(box).adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2);
    if (open) { // pointing down
        arrow.moveTo(r.left(), r.top() + r.height() * 0.2);
        arrow.lineTo(r.right(), r.top() + r.height() * 0.2);
        arrow.lineTo(r.center().x(), r.bottom() - r.height() * 0.1);
    } else { // pointing right
        arrow.moveTo(r.left() + r.width() * 0.2, r.top());
        arrow.lineTo(r.right() - r.width() * 0.1, r.center().y());
        arrow.lineTo(r.left() + r.width() * 0.2, r.bottom());
    }
    arrow.closeSubpath();
    const bool selected = selectionModel() != nullptr && selectionModel()->isSelected(index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette().color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawPath(arrow);
    painter->restore();
}

void ContentsTree::drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.state &= ~QStyle::State_HasFocus; // our ring, not the style's 1 px dots
    WrappingTreeView::drawRow(painter, opt, index);
    if (hasFocus() && index == currentIndex()) {
        drawFocusRing(painter, QRect(0, option.rect.top(), viewport()->width(), option.rect.height()));
    }
}

void ContentsTree::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool onArrow = index.isValid() && event->position().x() < visualRect(index).left();
    const bool wasExpanded = index.isValid() && isExpanded(index);
    WrappingTreeView::mouseReleaseEvent(event);
    // The whole row of a section opens or closes it; a click on the arrow itself the view handles.
    if (event->button() == Qt::LeftButton && index.isValid() && !onArrow && model()->hasChildren(index) &&
        isExpanded(index) == wasExpanded) {
        setExpanded(index, !wasExpanded);
    }
}

} // namespace Myelin::Ui
