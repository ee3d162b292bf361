// SPDX-License-Identifier: GPL-3.0-or-later
// The page that shows articles: navigation stays inside myelin:, outside links and the feedback
// buttons and glossary terms in articles are handed to the application as signals.
#ifndef MYELIN_WEB_WEBPAGE_H
#define MYELIN_WEB_WEBPAGE_H

#include <QWebEnginePage>

namespace Myelin::Web {

class WebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

signals:
    // An http(s) or mailto link the user clicked; the app asks before opening it.
    void externalLinkRequested(const QUrl &url);
    // "Was this useful?": useful is true for Yes, false for No.
    void feedbackAnswered(const QString &slug, bool useful);
    void feedbackMailRequested(const QString &slug);
    // A glossary term in an article was clicked (or chosen with Enter): the page stays; the reader
    // shows the definition. (Glossary links on other pages open the term's page.)
    void glossaryTermRequested(const QString &termId);
    // Any page that is not one of ours was refused (a clicked web link is also offered above).
    void navigationRefused(const QUrl &url);
    // One of our pages is about to replace (or move within) the one shown, which is still there: the
    // last moment to ask it something (where the reader was in it).
    void navigationAccepted(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool showsArticle() const;
};

} // namespace Myelin::Web

#endif // MYELIN_WEB_WEBPAGE_H
