// SPDX-License-Identifier: GPL-3.0-or-later
// The contents tree: big expand arrows drawn in the text colour (at least 16 px, growing with the
// text), a click anywhere on a section's row opens or closes it (not only on its tiny arrow), and a
// 3 px focus ring round the current row while the tree has the keyboard; long titles wrap (WrappingTreeView).
#ifndef MYELIN_UI_CONTENTSTREE_H
#define MYELIN_UI_CONTENTSTREE_H

#include "wrappingtreeview.h"

namespace Myelin::Ui {

class ContentsTree : public WrappingTreeView
{
    Q_OBJECT

public:
    explicit ContentsTree(QWidget *parent = nullptr);

    int arrowSize() const; // the expand arrow's side, in pixels

protected:
    void drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const override;
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitIndentation();
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_CONTENTSTREE_H
