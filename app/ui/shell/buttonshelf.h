// SPDX-License-Identifier: GPL-3.0-or-later
// A pane's row of buttons that wraps like words (FlowLayout) onto at most two lines. When they would
// need more (a large text size in a narrow pane), the first buttons stay and the rest fold into one
// "More" button that opens them as a menu, each with its words and its enabled state, so nothing is
// cut short, scrolled out of sight or pushed off the pane. Add the buttons most used first.
#ifndef MYELIN_UI_BUTTONSHELF_H
#define MYELIN_UI_BUTTONSHELF_H

#include <QList>
#include <QWidget>

class QMenu;
class QPushButton;

namespace Myelin::Ui {

class FlowLayout;

class ButtonShelf : public QWidget
{
    Q_OBJECT
public:
    explicit ButtonShelf(QWidget *parent = nullptr);

    void addButton(QPushButton *button);
    void setMaximumLines(int lines);

    QPushButton *moreButton() const { return m_more; }
    // The buttons now in the More menu, in order (none when every button is shown).
    QList<QPushButton *> folded() const;

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    void fillMenu();
    int linesFor(int shown, int width) const;

    FlowLayout *m_layout;
    QList<QPushButton *> m_buttons;
    QPushButton *m_more;
    QMenu *m_menu;
    int m_shown = 0; // how many of m_buttons are on the shelf; the rest are in the menu
    int m_maximumLines = 2;
    bool m_fitting = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BUTTONSHELF_H
