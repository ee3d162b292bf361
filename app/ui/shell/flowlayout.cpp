// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QWidget>
#include <algorithm>
#include <optional>

namespace Myelin::Ui {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    const int needed = arrange(QRect(0, 0, width, 0), false);
    if (!m_keepsHeight) {
        return needed;
    }
    if (m_heights.size() > 64) { // widths passed through while the window was resized: start again
        m_heights.clear();
    }
    int &kept = m_heights[width];
    kept = std::max(kept, needed);
    return kept;
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the narrowest sensible line: the widest item's minimum.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(0, spacing());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    QList<QPair<QLayoutItem *, QRect>> line; // the current line, centred vertically when it ends
    // Right to left (Arabic): lines start at the right edge. A custom layout is not mirrored by Qt.
    const bool mirrored = parentWidget() != nullptr && parentWidget()->layoutDirection() == Qt::RightToLeft;
    auto endLine = [&] {
        if (apply) {
            for (const auto &[item, r] : line) {
                const int left = mirrored ? 2 * area.x() + area.width() - r.x() - r.width() : r.x();
                item->setGeometry(QRect(left, y + (lineHeight - r.height()) / 2, r.width(), r.height()));
            }
        }
        line.clear();
        y += lineHeight + m_lineSpacing;
        x = area.x();
        lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        QSize size = item->sizeHint();
        if (size.width() > area.width()) { // wider than a line: the whole line, and taller if it wraps
            size.setWidth(std::max(area.width(), item->minimumSize().width()));
            if (item->hasHeightForWidth()) {
                size.setHeight(item->heightForWidth(size.width()));
            }
        }
        if (x > area.x() && x + size.width() > area.x() + area.width()) {
            std::optional<QPair<QLayoutItem *, QRect>> carried; // the item before, when this one keeps with it
            if (line.size() >= 2 && m_keptWithPrevious.contains(item->widget()) &&
                line.constLast().second.width() + gap + size.width() <= area.width()) {
                carried = line.takeLast();
                lineHeight = 0;
                for (const auto &[kept, r] : line) {
                    lineHeight = std::max(lineHeight, r.height());
                }
            }
            endLine();
            if (carried) {
                const QSize previous = carried->second.size();
                line.append({carried->first, QRect(QPoint(x, 0), previous)});
                x += previous.width() + gap;
                lineHeight = std::max(lineHeight, previous.height());
            }
        }
        line.append({item, QRect(QPoint(x, 0), size)});
        x += size.width() + gap;
        lineHeight = std::max(lineHeight, size.height());
    }
    if (!line.isEmpty()) {
        endLine();
        y -= m_lineSpacing;
    }
    return y - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace Myelin::Ui
