// SPDX-License-Identifier: GPL-3.0-or-later
// The article pane: one QWebEngineView, reused for every article, on the locked-down profile.
#ifndef MYELIN_UI_ARTICLEVIEW_H
#define MYELIN_UI_ARTICLEVIEW_H

#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <optional>

class QAction;
class QMenu;
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

    // While held, urlChanged and loadFinished wait: the page may load while the window's features are
    // still being made (ReaderAssembly), and each of them should hear of it. Release sends the last of
    // each held, the address first.
    void holdPageSignals();
    void releasePageSignals();

    void back();
    void forward();
    bool canGoBack() const;
    bool canGoForward() const;

    // The article's right-click menu (also the Menu key and Shift+F10): Copy, then the actions features
    // add here, in the order added. Before it shows, contextMenuAboutToShow lets them enable theirs.
    void addContextAction(QAction *action);
    QList<QAction *> contextActions() const;
    // Where the menu was last opened, in this view's coordinates (for ArticleSelection::capture).
    QPoint contextMenuPoint() const { return m_contextPoint; }
    // Opens the menu at pos (view coordinates); what a right click and the Menu key do.
    void showContextMenu(const QPoint &pos);

    QWebEngineView *webView() const { return m_view; }
    Web::WebPage *page() const { return m_page; }
    Web::RequestInterceptor *interceptor() const { return m_interceptor; }
    Web::IdleCollector *collector() const { return m_collector; }

signals:
    void urlChanged(const QUrl &url);
    void loadFinished(bool ok);
    // A page (an article, a glossary term, the timeline, the quotes; not a picture or a font) was
    // handed to the engine: it is drawn next (MainWindow's frame follows it, ui/shell/pageframe.h).
    void pageServed(const QUrl &url);
    void externalLinkRequested(const QUrl &url);
    void feedbackAnswered(const QString &slug, bool useful);
    void feedbackMailRequested(const QString &slug);
    // The right-click menu is about to open: hasSelection says whether text is selected, linkUrl is the
    // link under the pointer (empty when none).
    void contextMenuAboutToShow(bool hasSelection, const QUrl &linkUrl);

private:
    Web::SchemeHandler *m_handler;
    Web::RequestInterceptor *m_interceptor;
    Web::WebPage *m_page = nullptr;
    Web::IdleCollector *m_collector = nullptr;
    QWebEngineView *m_view;
    QList<QPointer<QAction>> m_contextActions; // an action deleted by its feature drops out
    QPoint m_contextPoint;
    bool m_holding = false;
    std::optional<QUrl> m_heldUrl;
    std::optional<bool> m_heldLoad;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_ARTICLEVIEW_H
