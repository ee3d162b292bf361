// SPDX-License-Identifier: GPL-3.0-or-later
// The window's status line messages ("Back where you left off", "Text size 150%", a save problem) stay for
// their whole time. Qt clears the status line whenever the pointer passes a menu item or button with no
// status tip (it sends an empty QStatusTipEvent), so a message could vanish before it was read. Here an
// empty tip leaves a message that is still due in place, and a button's own tip is shown while the
// pointer is on it, then the message comes back for the rest of its time.
#ifndef MYELIN_UI_STATUSMESSAGES_H
#define MYELIN_UI_STATUSMESSAGES_H

#include <QDeadlineTimer>
#include <QObject>
#include <QString>

class QMainWindow;

namespace Myelin::Ui {

class StatusMessages : public QObject
{
    Q_OBJECT

public:
    explicit StatusMessages(QMainWindow &window);

    // Shows text in the window's status line for timeoutMs (0: until the next message).
    void show(const QString &text, int timeoutMs = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow &m_window;
    QString m_text;
    QDeadlineTimer m_due;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_STATUSMESSAGES_H
