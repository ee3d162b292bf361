// SPDX-License-Identifier: GPL-3.0-or-later
#include "printschemehandler.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace Myelin::Ui {

namespace {
const QString PrintHost = QStringLiteral("print");
}

QUrl PrintSchemeHandler::addDocument(const QString &html)
{
    const QString path = QStringLiteral("/%1").arg(++m_next);
    m_documents.insert(path, html.toUtf8());
    return QUrl(QStringLiteral("myelin://") + PrintHost + path);
}

void PrintSchemeHandler::removeDocument(const QUrl &url)
{
    m_documents.remove(url.path());
}

void PrintSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (url.host() != PrintHost) {
        Web::SchemeHandler::requestStarted(job);
        return;
    }
    const auto document = m_documents.constFind(url.path());
    if (job->requestMethod() != QByteArrayLiteral("GET") || document == m_documents.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job); // deleted with the job, never before Chromium has read it
    buffer->setData(*document);
    buffer->open(QIODevice::ReadOnly);
    job->reply(QByteArrayLiteral("text/html;charset=utf-8"), buffer);
}

} // namespace Myelin::Ui
