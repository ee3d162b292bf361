// SPDX-License-Identifier: GPL-3.0-or-later
// A side pane made when it is first shown or first asked for. The window opens with one pane showing
// (Contents, usually): making Bookmarks, History and Questions while the window is made took 15 ms
// before the first article could be drawn (issue 21). The pane stands in the side panes from the start
// (its button, its title), and what the feature makes fills it, keyboard focus included.
#ifndef MYELIN_UI_DEFERREDPANE_H
#define MYELIN_UI_DEFERREDPANE_H

#include <QWidget>
#include <functional>

namespace Myelin::Ui {

class DeferredPane : public QWidget
{
    Q_OBJECT
public:
    using Maker = std::function<QWidget *()>;
    explicit DeferredPane(Maker make, QWidget *parent = nullptr);

    QWidget *content(); // made now if it was not
    template <typename T> T *contentAs() { return static_cast<T *>(content()); }
    bool isMade() const { return m_content != nullptr; }

signals:
    void made(QWidget *content); // its controls can now be reached with Tab

protected:
    void showEvent(QShowEvent *event) override;

private:
    Maker m_make;
    QWidget *m_content = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_DEFERREDPANE_H
