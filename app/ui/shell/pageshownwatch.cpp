// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageshownwatch.h"

#include <QEvent>

namespace Myelin::Ui {

PageShownWatch::PageShownWatch(QWidget *view, QObject *parent) : QObject(parent), m_view(view)
{
    m_fallback.setSingleShot(true);
    m_fallback.setInterval(DefaultFallbackMs);
    connect(&m_fallback, &QTimer::timeout, this, &PageShownWatch::fire);
}

void PageShownWatch::arm()
{
    if (m_view.isNull()) {
        return;
    }
    QWidget *target = m_view->focusProxy() != nullptr ? m_view->focusProxy() : m_view.data();
    if (target != m_watched) {
        if (!m_watched.isNull()) {
            m_watched->removeEventFilter(this);
        }
        m_watched = target;
        m_watched->installEventFilter(this);
    }
    m_armed = true;
    ++m_generation; // a paint of an earlier page, still to be said, no longer counts
    m_fallback.start();
}

bool PageShownWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed && watched == m_watched && event->type() == QEvent::Paint) {
        // Painted now, on screen once this paint pass is flushed: say so from the event loop, after it.
        m_armed = false;
        m_fallback.stop();
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation) {
                    m_lastByPaint = true;
                    emit shown();
                }
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void PageShownWatch::fire()
{
    if (m_armed) {
        m_armed = false;
        m_lastByPaint = false;
        emit shown();
    }
}

} // namespace Myelin::Ui
