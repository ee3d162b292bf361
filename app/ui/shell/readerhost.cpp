// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerhost.h"

#include "userdata/settings.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <utility>

namespace Myelin::Ui {

namespace {

// Waits for the window's first Show, then runs its function from the event loop, once.
class ShownWatcher final : public QObject
{
public:
    ShownWatcher(QWidget *window, QObject *context, std::function<void()> shown)
        : QObject(context), m_window(window), m_shown(std::move(shown))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Show) {
            m_window->removeEventFilter(this);
            QTimer::singleShot(0, parent(), m_shown);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_shown;
};

} // namespace

bool ReaderHost::saveSettings()
{
    if (settings().sync()) {
        return true;
    }
    reportSaveProblem(settings().lastError());
    return false;
}

void ReaderHost::whenWindowShown(QObject *context, const std::function<void()> &shown)
{
    QWidget *shell = window();
    if (shell->isVisible()) {
        QTimer::singleShot(0, context, shown);
        return;
    }
    new ShownWatcher(shell, context, shown);
}

} // namespace Myelin::Ui
