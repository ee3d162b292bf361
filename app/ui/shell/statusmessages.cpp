// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusmessages.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <algorithm>

namespace Myelin::Ui {

StatusMessages::StatusMessages(QMainWindow &window) : QObject(&window), m_window(window)
{
    // Status tips travel up to the main window, which shows them (QMainWindow::event).
    window.installEventFilter(this);
}

void StatusMessages::show(const QString &text, int timeoutMs)
{
    m_text = text;
    m_due = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    m_window.statusBar()->showMessage(text, timeoutMs);
}

bool StatusMessages::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window || event->type() != QEvent::StatusTip || m_text.isEmpty()) {
        return QObject::eventFilter(watched, event);
    }
    if (!static_cast<QStatusTipEvent *>(event)->tip().isEmpty()) {
        return false; // the tip of what the pointer is on, shown by the window
    }
    if (m_due.hasExpired()) {
        m_text.clear();
        return false;
    }
    // Nothing to tell on the pointer: the message, for the rest of its time.
    QStatusBar *line = m_window.statusBar();
    if (line->currentMessage() != m_text) {
        const qint64 left = m_due.remainingTime(); // -1: no end
        line->showMessage(m_text, left < 0 ? 0 : int(std::max<qint64>(1, left)));
    }
    return true;
}

} // namespace Myelin::Ui
