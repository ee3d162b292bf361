// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef MYELIN_WEB_WEBPROFILE_H
#define MYELIN_WEB_WEBPROFILE_H

#include <QObject>

class QWebEngineProfile;

namespace Myelin::Web {

class RequestInterceptor;
class SchemeHandler;

// An off-the-record profile (nothing written to disk) with JavaScript off for content, the myelin:
// scheme installed and every other request blocked. The profile is parented to parent.
QWebEngineProfile *createProfile(SchemeHandler *handler, RequestInterceptor *interceptor, QObject *parent);

} // namespace Myelin::Web

#endif // MYELIN_WEB_WEBPROFILE_H
