// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a related item as its title in bold with its one-line summary below, wrapped to the width.
#ifndef MYELIN_UI_RELATEDITEMDELEGATE_H
#define MYELIN_UI_RELATEDITEMDELEGATE_H

#include <QHash>
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
    // The height of text wrapped to a width in a font, remembered: the list asks for each item's size
    // when its items change and again when it draws them, and articles share related items.
    int textHeight(const QFont &font, int width, const QString &text) const;

    mutable QHash<QString, int> m_heights;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_RELATEDITEMDELEGATE_H
