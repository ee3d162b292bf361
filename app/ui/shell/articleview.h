// SPDX-License-Identifier: GPL-3.0-or-later
// The article pane: one QWebEngineView, reused for every article, on the locked-down profile.
#ifndef MYELIN_UI_ARTICLEVIEW_H
#define MYELIN_UI_ARTICLEVIEW_H

#include <QWidget>

class QWebEngineView;

namespace Myelin {
class ContentRepository;
namespace Web {
class IdleCollector;
class RequestInterceptor;
class SchemeHandler;
class WebPage;
} // namespace Web
} // namespace Myelin

namespace Myelin::Ui {

class ArticleView : public QWidget
{
    Q_OBJECT

public:
    ArticleView(const ContentRepository &repository, const QString &rootStyle, QWidget *parent = nullptr);
    ~ArticleView() override;

    void openUrl(const QUrl &url);
    QUrl currentUrl() const;
    QString currentTitle() const;

    // New reading style (size, colours): applied to the open page at once and to every later page.
    void setRootStyle(const QString &rootStyle);

    void back();
    void forward();
    bool canGoBack() const;
    bool canGoForward() const;

    QWebEngineView *webView() const { return m_view; }
    Web::WebPage *page() const { return m_page; }
    Web::RequestInterceptor *interceptor() const { return m_interceptor; }
    Web::IdleCollector *collector() const { return m_collector; }

signals:
    void urlChanged(const QUrl &url);
    void loadFinished(bool ok);
    void externalLinkRequested(const QUrl &url);
    void feedbackAnswered(const QString &slug, bool useful);
    void feedbackMailRequested(const QString &slug);

private:
    Web::SchemeHandler *m_handler;
    Web::RequestInterceptor *m_interceptor;
    Web::WebPage *m_page = nullptr;
    Web::IdleCollector *m_collector = nullptr;
    QWebEngineView *m_view;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_ARTICLEVIEW_H
