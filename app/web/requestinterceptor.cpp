// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestinterceptor.h"

#include "core/contenturl.h"
#include "core/logging.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInterceptor, "myelin.web.interceptor")

namespace Myelin::Web {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (ContentUrl::isContentUrl(info.requestUrl())) {
        return;
    }
    m_blocked.fetchAndAddRelaxed(1);
    MYELIN_INFO(lcInterceptor) << "blocked" << info.requestUrl().toDisplayString(QUrl::RemoveQuery);
    info.block(true);
}

} // namespace Myelin::Web
