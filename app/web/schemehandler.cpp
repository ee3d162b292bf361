// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemehandler.h"

#include "bundledfonts.h"
#include "core/articlerenderer.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/logging.h"

#include <QBuffer>
#include <QFile>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>

Q_LOGGING_CATEGORY(lcScheme, "myelin.web.scheme")

namespace Myelin::Web {

SchemeHandler::SchemeHandler(const ContentRepository &repository, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_repository(repository)
{}

QString SchemeHandler::styleSheet()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/content/content.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

SchemeHandler::Reply SchemeHandler::replyFor(const QUrl &url) const
{
    const auto parts = ContentUrl::parse(url);
    if (!parts) {
        return {};
    }
    const QString &name = parts->id;
    // ?lang=en: the English original of a translated page (the page offers it).
    const QString asked = QUrlQuery(url).queryItemValue(QStringLiteral("lang"));
    const QString language = asked.isEmpty() ? m_repository.language() : asked;
    ArticleRenderer renderer(m_rootStyle);
    renderer.setStyleSheet(styleSheet());
    const QByteArray html = QByteArrayLiteral("text/html;charset=utf-8");

    switch (parts->kind) {
    case ContentUrl::Kind::Article:
        if (const auto article = m_repository.article(name, language)) {
            return {html, renderer.renderArticle(*article).toUtf8()};
        }
        return {html, renderer.renderNotFound(parts->kind, name).toUtf8()};
    case ContentUrl::Kind::Glossary:
        if (const auto term = m_repository.glossaryTerm(name, language)) {
            QString articleTitle;
            if (!term->articleSlug.isEmpty()) {
                if (const auto article = m_repository.article(term->articleSlug)) {
                    articleTitle = article->title;
                }
            }
            QHash<QString, QString> titles;
            for (const QString &other : term->seeAlso) {
                if (const auto seen = m_repository.glossaryTerm(other, language)) {
                    titles.insert(other, seen->term);
                }
            }
            return {html, renderer.renderGlossaryTerm(*term, articleTitle, titles).toUtf8()};
        }
        return {html, renderer.renderNotFound(parts->kind, name).toUtf8()};
    case ContentUrl::Kind::Timeline:
        return {html,
                renderer.renderTimeline(m_repository.timeline(name, language), m_repository.timelineTopics(), name)
                    .toUtf8()};
    case ContentUrl::Kind::Quotes:
        return {html, renderer.renderQuotes(m_repository.quotes()).toUtf8()};
    case ContentUrl::Kind::Image:
        if (const auto image = m_repository.image(name)) {
            return {image->mime.toUtf8(), image->data};
        }
        return {};
    case ContentUrl::Kind::Font: { // the bundled easier-to-read font (share/myelin/fonts)
        BundledFonts::File font = BundledFonts::read(name);
        return {font.mime, font.data};
    }
    case ContentUrl::Kind::Style:
        if (name == QLatin1String("content.css") && !styleSheet().isEmpty()) {
            return {QByteArrayLiteral("text/css;charset=utf-8"), styleSheet().toUtf8()};
        }
        return {};
    case ContentUrl::Kind::Feedback: // answered by the page (web/webpage), never loaded
    case ContentUrl::Kind::Print:    // served by the print profile's own handler (web/printschemehandler)
        return {};
    }
    return {};
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    Reply reply = replyFor(job->requestUrl());
    if (reply.mime.isEmpty()) {
        MYELIN_DEBUG(lcScheme) << "not found:" << job->requestUrl();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // The job owns the buffer: it is deleted with the job, never before Chromium has read it.
    auto *buffer = new QBuffer(job);
    buffer->setData(reply.data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(reply.mime, buffer);
}

} // namespace Myelin::Web
