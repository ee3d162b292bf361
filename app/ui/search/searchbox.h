// SPDX-License-Identifier: GPL-3.0-or-later
// The search field in the main toolbar: a big target with a clear button that hands the keys for
// moving through the results (Up, Down, Page Up/Down, Enter, Escape) to whoever shows them.
#ifndef MYELIN_UI_SEARCHBOX_H
#define MYELIN_UI_SEARCHBOX_H

#include <QLineEdit>

namespace Myelin::Ui {

class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

signals:
    void moveRequested(int rows); // -1 up, +1 down; pages are larger steps
    void activateRequested();     // Enter
    void dismissRequested();      // Escape
    void focusLost();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SEARCHBOX_H
