// SPDX-License-Identifier: GPL-3.0-or-later
#include "relateditemdelegate.h"

#include "appstyle.h"

#include <QPainter>

namespace Myelin::Ui {

namespace {
constexpr int Padding = 8;
constexpr int Gap = 3;
constexpr int TextFlags = WrappedTextHeights::Flags;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}
} // namespace

RelatedItemDelegate::Layout RelatedItemDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                           const QModelIndex &index) const
{
    const int width = qMax(60, option.rect.width() - 2 * Padding);
    const int titleHeight = m_heights.height(titleFont(option.font), width, index.data(TitleRole).toString());
    const int summaryHeight = m_heights.height(option.font, width, index.data(SummaryRole).toString());
    Layout layout;
    layout.title = QRect(option.rect.left() + Padding, option.rect.top() + Padding, width, titleHeight);
    layout.summary = QRect(layout.title.left(), layout.title.bottom() + Gap, width, summaryHeight);
    layout.height = Padding + titleHeight + Gap + summaryHeight + Padding;
    return layout;
}

void RelatedItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawRowBackground(painter, opt);

    const Layout layout = layoutFor(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(option.palette.color(QPalette::Active, textRole));
    painter->setFont(titleFont(option.font));
    painter->drawText(layout.title, TextFlags, index.data(TitleRole).toString());
    painter->setFont(option.font);
    if (!selected) {
        painter->setPen(option.palette.color(QPalette::Active, QPalette::PlaceholderText));
    }
    painter->drawText(layout.summary, TextFlags, index.data(SummaryRole).toString());
    painter->restore();
}

QSize RelatedItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {option.rect.width(), qMax(44, layoutFor(option, index).height)};
}

} // namespace Myelin::Ui
