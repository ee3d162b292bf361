// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a related item as its title in bold with its one-line summary below, wrapped to the width.
#ifndef MYELIN_UI_RELATEDITEMDELEGATE_H
#define MYELIN_UI_RELATEDITEMDELEGATE_H

#include "wrappedtextheights.h"

#include <QStyledItemDelegate>

namespace Myelin::Ui {

class RelatedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int TitleRole = Qt::UserRole + 10;
    static constexpr int SummaryRole = Qt::UserRole + 11;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect title;
        QRect summary;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    WrappedTextHeights m_heights; // articles share related items: their heights are measured once
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_RELATEDITEMDELEGATE_H
