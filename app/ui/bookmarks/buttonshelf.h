// SPDX-License-Identifier: GPL-3.0-or-later
// A pane's row of buttons that wraps like words (FlowLayout) and never takes more than a share of the
// pane's height: at large text sizes the list above keeps its room and the buttons scroll (Tab brings
// each into view), instead of pushing the list down to one line.
#ifndef MYELIN_UI_BOOKMARKS_BUTTONSHELF_H
#define MYELIN_UI_BOOKMARKS_BUTTONSHELF_H

#include <QScrollArea>

namespace Myelin::Ui {

class FlowLayout;

class ButtonShelf : public QScrollArea
{
    Q_OBJECT

public:
    explicit ButtonShelf(QWidget *parent = nullptr);
    void addWidget(QWidget *widget);
    // The most of its parent's height the shelf may take, 0..1.
    void setMaximumShare(double share) { m_share = share; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QWidget *m_content;
    FlowLayout *m_layout;
    double m_share = 0.4;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_BUTTONSHELF_H
