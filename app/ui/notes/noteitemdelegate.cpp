// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteitemdelegate.h"

#include "ui/shell/appstyle.h"

#include <QPainter>

namespace Myelin::Ui {

namespace {
constexpr int Padding = 8;
constexpr int Gap = 3;
constexpr int TextFlags = WrappedTextHeights::Flags;
} // namespace

NoteItemDelegate::Layout NoteItemDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout layout;
    const bool article = index.data(IsArticleRole).toBool();
    const QFontMetrics metrics(option.font);
    int left = option.rect.left() + Padding;
    if (!article) {
        const int swatchWidth = qMax(10, metrics.height() * 2 / 3);
        layout.swatch = QRect(left, option.rect.top() + Padding, swatchWidth, 0);
        left += swatchWidth + Padding;
    }
    const int width = qMax(60, option.rect.right() - Padding - left);

    QFont headingFont = option.font;
    if (article) {
        headingFont.setBold(true);
        if (headingFont.pixelSize() > 0) {
            headingFont.setPixelSize(qRound(headingFont.pixelSize() * 1.1));
        } else if (headingFont.pointSizeF() > 0) {
            headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
        }
    }
    QFont noteFont = option.font;
    QFont statusFont = option.font;
    statusFont.setItalic(true);
    const QList<std::tuple<QString, QFont, bool>> parts = {
        {index.data(HeadingRole).toString(), headingFont, false},
        {index.data(NoteRole).toString(), noteFont, false},
        {index.data(StatusRole).toString(), statusFont, true},
    };
    int y = option.rect.top() + Padding;
    for (const auto &[text, font, muted] : parts) {
        if (text.isEmpty()) {
            continue;
        }
        if (!layout.blocks.isEmpty()) {
            y += Gap;
        }
        const int height = m_heights.height(font, width, text);
        layout.blocks.append({text, font, muted, QRect(left, y, width, height)});
        y += height;
    }
    layout.height = y - option.rect.top() + Padding;
    layout.swatch.setBottom(y - 1);
    return layout;
}

void NoteItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawRowBackground(painter, opt);

    const Layout layout = layoutFor(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    if (!index.data(IsArticleRole).toBool()) {
        const QColor edge = index.data(EdgeRole).value<QColor>();
        painter->setPen(QPen(edge, 2));
        painter->setBrush(index.data(SwatchRole).value<QColor>());
        painter->drawRect(layout.swatch.adjusted(1, 1, -1, -1));
    }
    for (const Block &block : layout.blocks) {
        QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
        if (block.muted && !selected) {
            role = QPalette::PlaceholderText;
        }
        painter->setPen(option.palette.color(QPalette::Active, role));
        painter->setFont(block.font);
        painter->drawText(block.rect, TextFlags, block.text);
    }
    painter->restore();
}

QSize NoteItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {option.rect.width(), qMax(MinimumTarget, layoutFor(option, index).height)};
}

} // namespace Myelin::Ui
