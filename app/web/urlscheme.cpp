// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlscheme.h"

#include "core/schema.h"

#include <QWebEngineUrlScheme>

namespace Myelin::Web {

void registerUrlScheme()
{
    QWebEngineUrlScheme scheme(Schema::UrlScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl articleUrl(const QString &slug)
{
    return QUrl(QStringLiteral("myelin://article/") + slug);
}

QUrl glossaryUrl(const QString &termSlug)
{
    return QUrl(QStringLiteral("myelin://glossary/") + termSlug);
}

QUrl timelineUrl(const QString &topic)
{
    return QUrl(QStringLiteral("myelin://timeline/") + topic);
}

QUrl quotesUrl()
{
    return QUrl(QStringLiteral("myelin://quotes/"));
}

bool isOwnScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String(Schema::UrlScheme);
}

} // namespace Myelin::Web
