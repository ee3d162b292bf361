// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the Notes pane's rows: an article's title (bold, with "no longer in the library" under it
// when a content update removed it), and each highlight as its colour swatch beside the quoted
// passage, the note and, when the passage was not found, "Could not be placed". Wrapped to the width,
// at the window's text size.
#ifndef MYELIN_UI_NOTEITEMDELEGATE_H
#define MYELIN_UI_NOTEITEMDELEGATE_H

#include "ui/shell/wrappedtextheights.h"

#include <QStyledItemDelegate>

namespace Myelin::Ui {

class NoteItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int IsArticleRole = Qt::UserRole + 20; // bool: a title row
    static constexpr int HeadingRole = Qt::UserRole + 21;   // title, or the quoted passage
    static constexpr int NoteRole = Qt::UserRole + 22;      // the note (highlights)
    static constexpr int StatusRole = Qt::UserRole + 23;    // "Could not be placed", "No longer in the library"
    static constexpr int SwatchRole = Qt::UserRole + 24;    // QColor: the highlight's background
    static constexpr int EdgeRole = Qt::UserRole + 25;      // QColor: the line under it

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Block
    {
        QString text;
        QFont font;
        bool muted = false;
        QRect rect;
    };
    struct Layout
    {
        QRect swatch;
        QList<Block> blocks;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    WrappedTextHeights m_heights; // asked for each row's size and again to draw it
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_NOTEITEMDELEGATE_H
