// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpage.h"

#include "core/contenturl.h"

#include <QUrlQuery>

namespace Myelin::Web {

bool WebPage::showsArticle() const
{
    const auto parts = ContentUrl::parse(url());
    return parts && parts->kind == ContentUrl::Kind::Article;
}

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (ContentUrl::isContentUrl(url)) {
        const auto parts = ContentUrl::parse(url);
        if (parts && parts->kind == ContentUrl::Kind::Glossary && type == NavigationTypeLinkClicked && isMainFrame &&
            showsArticle()) {
            emit glossaryTermRequested(parts->id); // a word in an article: its definition, over the text
            return false;
        }
        if (!parts || parts->kind != ContentUrl::Kind::Feedback) {
            if (isMainFrame) {
                emit navigationAccepted(url); // the page shown now is still there
            }
            return true; // pages of ours (the scheme handler answers "not found" for unknown kinds)
        }
        // Only the reader's own buttons carry this run's key; a feedback link in content changes nothing.
        if (type == NavigationTypeLinkClicked && ContentUrl::carriesThisRunsKey(url)) {
            const QString &slug = parts->id;
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
    emit navigationRefused(url);
    return false;
}

} // namespace Myelin::Web
