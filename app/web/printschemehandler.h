// SPDX-License-Identifier: GPL-3.0-or-later
// The scheme handler of the printing profile: everything the reader serves (images, the stylesheet,
// fonts) plus myelin://print/<n>, the documents being printed. Serving them through the scheme (not
// setHtml) keeps the 2 MB setHtml limit away and gives images and styles the same origin.
#ifndef MYELIN_WEB_PRINTSCHEMEHANDLER_H
#define MYELIN_WEB_PRINTSCHEMEHANDLER_H

#include "web/schemehandler.h"

#include <QHash>

namespace Myelin::Web {

class PrintSchemeHandler : public Web::SchemeHandler
{
    Q_OBJECT

public:
    using Web::SchemeHandler::SchemeHandler;

    // The URL at which html is served until removeDocument(url).
    QUrl addDocument(const QString &html);
    void removeDocument(const QUrl &url);
    int documentCount() const { return static_cast<int>(m_documents.size()); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QHash<QString, QByteArray> m_documents; // id (myelin://print/<id>) -> UTF-8 HTML
    quint64 m_next = 0;
};

} // namespace Myelin::Web

#endif // MYELIN_WEB_PRINTSCHEMEHANDLER_H
