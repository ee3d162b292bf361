// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a search row: the type in small muted letters, the title, and up to three lines of
// snippet, with the matched words in bold. Colours come from the palette (made from the theme).
#ifndef MYELIN_UI_SEARCHRESULTDELEGATE_H
#define MYELIN_UI_SEARCHRESULTDELEGATE_H

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

namespace Myelin::Ui {

class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchResultDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Parts;
    int textWidth(const QStyleOptionViewItem &option) const;
    void layout(Parts &parts, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QAbstractItemView *m_view;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SEARCHRESULTDELEGATE_H
