// SPDX-License-Identifier: GPL-3.0-or-later
// Frees the memory of pages the reader has left. Chromium's garbage collector is lazy when memory is
// not short: after 50 articles the page process held about 80 MB more than after the first (old
// documents waiting to be collected). Once a page has loaded and the reader has been on it for a
// quarter of a second (the page is on screen and being read), this asks V8 for a full collection (which takes Blink's
// heap with it) in the app's own script world; content pages run no JavaScript and cannot call it.
// The engine offers it when web/engineflags was applied before QApplication.
#ifndef MYELIN_WEB_IDLECOLLECTOR_H
#define MYELIN_WEB_IDLECOLLECTOR_H

#include <QObject>
#include <QTimer>

class QWebEnginePage;

namespace Myelin::Web {

class IdleCollector : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIdleMs = 250;

    explicit IdleCollector(QWebEnginePage *page);
    void setIdleMs(int ms) { m_timer.setInterval(ms); }
    // A collection is waiting for the page to settle, or asked for and not yet answered.
    bool isPending() const { return m_timer.isActive() || m_asked; }

signals:
    // A collection was asked for; ran is false when the engine did not offer one (EngineFlags not applied).
    void collected(bool ran);

private:
    void collect();

    QWebEnginePage *m_page;
    QTimer m_timer;
    bool m_asked = false;
};

} // namespace Myelin::Web

#endif // MYELIN_WEB_IDLECOLLECTOR_H
