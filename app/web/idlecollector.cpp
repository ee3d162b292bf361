// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlecollector.h"

#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace Myelin::Web {

IdleCollector::IdleCollector(QWebEnginePage *page) : QObject(page), m_page(page)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIdleMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleCollector::collect);
    connect(page, &QWebEnginePage::loadStarted, &m_timer, &QTimer::stop);
    connect(page, &QWebEnginePage::loadFinished, &m_timer, qOverload<>(&QTimer::start));
}

void IdleCollector::collect()
{
    m_asked = true;
    m_page->runJavaScript(QStringLiteral("typeof gc === 'function' ? (gc(), true) : false"),
                          QWebEngineScript::ApplicationWorld,
                          [self = QPointer<IdleCollector>(this)](const QVariant &ran) {
                              if (self) {
                                  self->m_asked = false;
                                  emit self->collected(ran.toBool());
                              }
                          });
}

} // namespace Myelin::Web
