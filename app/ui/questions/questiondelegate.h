// SPDX-License-Identifier: GPL-3.0-or-later
// One question in the Questions pane: its tick box, the question wrapped to the pane's width, and
// where it came from in smaller, quieter print under it. Grows with the reader's text size.
#ifndef MYELIN_UI_QUESTIONDELEGATE_H
#define MYELIN_UI_QUESTIONDELEGATE_H

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace Myelin::Ui {

class QuestionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SourceRole = Qt::UserRole + 2; // the line under the question

    explicit QuestionDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A click on the tick box (or a little around it) and Space tick or untick.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout
    {
        QRect check;
        QRect text;
        QRect source;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    static QFont sourceFont(const QFont &font);

    QAbstractItemView *m_view;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_QUESTIONDELEGATE_H
