// SPDX-License-Identifier: GPL-3.0-or-later
#include "printschemehandler.h"

#include "core/contenturl.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace Myelin::Web {

QUrl PrintSchemeHandler::addDocument(const QString &html)
{
    const QString id = QString::number(++m_next);
    m_documents.insert(id, html.toUtf8());
    return ContentUrl::build(ContentUrl::Kind::Print, id);
}

void PrintSchemeHandler::removeDocument(const QUrl &url)
{
    if (const auto parts = ContentUrl::parse(url); parts && parts->kind == ContentUrl::Kind::Print) {
        m_documents.remove(parts->id);
    }
}

void PrintSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const auto parts = ContentUrl::parse(job->requestUrl());
    if (!parts || parts->kind != ContentUrl::Kind::Print) {
        Web::SchemeHandler::requestStarted(job);
        return;
    }
    const auto document = m_documents.constFind(parts->id);
    if (job->requestMethod() != QByteArrayLiteral("GET") || document == m_documents.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job); // deleted with the job, never before Chromium has read it
    buffer->setData(*document);
    buffer->open(QIODevice::ReadOnly);
    job->reply(QByteArrayLiteral("text/html;charset=utf-8"), buffer);
}

} // namespace Myelin::Web
