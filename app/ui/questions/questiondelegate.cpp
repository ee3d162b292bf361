// SPDX-License-Identifier: GPL-3.0-or-later
#include "questiondelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace Myelin::Ui {

namespace {
constexpr int Padding = 8;
constexpr int Gap = 4;
constexpr int MinimumHeight = 44; // a target big enough for shaky hands
constexpr int TextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
} // namespace

QuestionDelegate::QuestionDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

QFont QuestionDelegate::sourceFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

QuestionDelegate::Layout QuestionDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                  int width) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    Layout result;
    const int indicator =
        qMax(style->pixelMetric(QStyle::PM_IndicatorWidth, &opt, opt.widget), QFontMetrics(opt.font).height() * 3 / 4);
    const int left = opt.rect.left() + Padding;
    const int top = opt.rect.top() + Padding;
    result.check = QRect(left, top + qMax(0, (QFontMetrics(opt.font).height() - indicator) / 2), indicator, indicator);
    const int textLeft = left + indicator + 2 * Padding;
    const int textWidth = qMax(60, opt.rect.left() + width - Padding - textLeft);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect textBounds =
        QFontMetrics(opt.font).boundingRect(QRect(textLeft, top, textWidth, 100000), TextFlags, text);
    result.text = QRect(textLeft, top, textWidth, textBounds.height());
    int bottom = result.text.bottom();
    const QString source = index.data(SourceRole).toString();
    if (!source.isEmpty()) {
        const QFont small = sourceFont(opt.font);
        const QRect sourceBounds =
            QFontMetrics(small).boundingRect(QRect(textLeft, bottom + Gap, textWidth, 100000), TextFlags, source);
        result.source = QRect(textLeft, bottom + Gap, textWidth, sourceBounds.height());
        bottom = result.source.bottom();
    }
    result.height = qMax(MinimumHeight, bottom - opt.rect.top() + 1 + Padding);
    return result;
}

QSize QuestionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view != nullptr ? m_view->viewport()->width() : option.rect.width();
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, width, 0);
    return QSize(width, layout(opt, index, width).height);
}

bool QuestionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled)) {
        return false;
    }
    bool toggle = false;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect target =
            layout(option, index, option.rect.width()).check.adjusted(-Padding, -Padding, Padding, Padding);
        toggle = mouse->button() == Qt::LeftButton && target.contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect target =
            layout(option, index, option.rect.width()).check.adjusted(-Padding, -Padding, Padding, Padding);
        return target.contains(mouse->position().toPoint()); // a quick second click on the box is not "open"
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        toggle = key == Qt::Key_Space || key == Qt::Key_Select;
    }
    if (!toggle) {
        return false;
    }
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void QuestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    const Layout parts = layout(option, index, option.rect.width());
    painter->save();
    // Background, selection and focus as the style draws them; the text is ours.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // The tick box in the text's own colour, so it shows in every theme (the style's box can vanish on
    // a dark background).
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(parts.check).adjusted(1, 1, -1, -1);
    painter->setPen(QPen(ink, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 3, 3);
    if (opt.checkState == Qt::Checked) {
        painter->setPen(QPen(ink, qMax(2.0, box.width() / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF points[] = {{box.left() + box.width() * 0.22, box.top() + box.height() * 0.52},
                                  {box.left() + box.width() * 0.42, box.top() + box.height() * 0.72},
                                  {box.left() + box.width() * 0.78, box.top() + box.height() * 0.28}};
        painter->drawPolyline(points, 3);
    }
    painter->setPen(ink);
    painter->setFont(opt.font);
    painter->drawText(parts.text, TextFlags, index.data(Qt::DisplayRole).toString());
    const QString source = index.data(SourceRole).toString();
    if (!source.isEmpty()) {
        painter->setFont(sourceFont(opt.font));
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(parts.source, TextFlags, source);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
    painter->restore();
}

} // namespace Myelin::Ui
