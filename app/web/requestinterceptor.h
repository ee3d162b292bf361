// SPDX-License-Identifier: GPL-3.0-or-later
// Blocks every request that is not for the app's own myelin: scheme, so a page can never reach the
// network (or a local server), whatever its HTML says.
#ifndef MYELIN_WEB_REQUESTINTERCEPTOR_H
#define MYELIN_WEB_REQUESTINTERCEPTOR_H

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

namespace Myelin::Web {

class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QAtomicInt m_blocked;
};

} // namespace Myelin::Web

#endif // MYELIN_WEB_REQUESTINTERCEPTOR_H
