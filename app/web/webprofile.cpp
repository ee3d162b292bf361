// SPDX-License-Identifier: GPL-3.0-or-later
#include "webprofile.h"

#include "core/contenturl.h"
#include "requestinterceptor.h"
#include "schemehandler.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Myelin::Web {

QWebEngineProfile *createProfile(SchemeHandler *handler, RequestInterceptor *interceptor, QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // no storage name: off the record
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    profile->installUrlSchemeHandler(ContentUrl::Scheme, handler);
    profile->setUrlRequestInterceptor(interceptor);

    QWebEngineSettings *settings = profile->settings();
    // Content never runs scripts; the app's own scripts run in the isolated ApplicationWorld.
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    return profile;
}

} // namespace Myelin::Web
