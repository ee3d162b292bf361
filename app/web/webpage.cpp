// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpage.h"

#include "urlscheme.h"

#include <QUrlQuery>

namespace Myelin::Web {

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame)
    if (isOwnScheme(url)) {
        if (url.host() != QLatin1String("feedback")) {
            return true;
        }
        if (type == NavigationTypeLinkClicked) {
            const QString slug = url.path().mid(1);
            const QUrlQuery query(url);
            if (query.queryItemValue(QStringLiteral("action")) == QLatin1String("mail")) {
                emit feedbackMailRequested(slug);
            } else {
                emit feedbackAnswered(slug, query.queryItemValue(QStringLiteral("answer")) == QLatin1String("yes"));
            }
        }
        return false;
    }
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked &&
        (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))) {
        emit externalLinkRequested(url);
    }
    return false;
}

} // namespace Myelin::Web
