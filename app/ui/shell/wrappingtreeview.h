// SPDX-License-Identifier: GPL-3.0-or-later
// A tree whose rows wrap their words onto as many lines as they need (bookmarks, history): QTreeView
// measures a wrapped row once, at the width it had then, so after the pane or the text size changes a
// two-line title would keep one line's height, be cut short and overlap the next row. This one lays
// its rows out again whenever its width or font changes.
#ifndef MYELIN_UI_WRAPPINGTREEVIEW_H
#define MYELIN_UI_WRAPPINGTREEVIEW_H

#include <QTreeView>

namespace Myelin::Ui {

class WrappingTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit WrappingTreeView(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_WRAPPINGTREEVIEW_H
