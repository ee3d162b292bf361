// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard use of the main window: every toolbar button reachable with Tab, a sensible order
// (toolbar, contents, breadcrumb, article, related items) that goes round and round, kept as buttons
// come and go; F6 and Shift+F6 between the regions as in browsers; a visible focus ring around the
// article while it has the keyboard.
#ifndef MYELIN_UI_KEYBOARDNAVIGATION_H
#define MYELIN_UI_KEYBOARDNAVIGATION_H

#include <QObject>
#include <QPointer>

class QToolBar;
class QWidget;

namespace Myelin::Ui {

class ReaderHost;

class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardNavigation(ReaderHost &host, QObject *parent = nullptr);

    // The Tab order now, first to last (tests). Tab after the last goes back to the first.
    QList<QWidget *> tabChain() const;
    void updateTabOrder();

    // F6 / Shift+F6: the next or previous region (toolbars, side pane, article, related items).
    void moveToRegion(int direction);
    QList<QWidget *> regions() const; // the toolbars' first control, then the host's regions

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void articleFocusChanged(QWidget *now);

    ReaderHost &m_host;
    QPointer<QWidget> m_frame;
    QPointer<QWidget> m_pageWidget; // the article view's focus proxy when the Tab order was last made
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_KEYBOARDNAVIGATION_H
