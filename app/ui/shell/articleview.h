// SPDX-License-Identifier: GPL-3.0-or-later
// The article pane: one QWebEngineView, reused for every article, on the locked-down profile.
#ifndef MYELIN_UI_ARTICLEVIEW_H
#define MYELIN_UI_ARTICLEVIEW_H

#include "articlepane.h"

#include <QPointer>
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

class PageShownWatch;
class ReadingStyleController;

class ArticleView : public ArticlePane
{
    Q_OBJECT

public:
    ArticleView(const ContentRepository &repository, const QString &rootStyle, QWidget *parent = nullptr);
    ~ArticleView() override;

    // The main window's view: one on the window's reading style, with the glossary's definitions over
    // the text (GlossaryPopover).
    static ArticleView *forWindow(const ContentRepository &repository, ReadingStyleController &style);

    void openUrl(const QUrl &url) override;
    QUrl currentUrl() const override;
    QString currentTitle() const;

    void setRootStyle(const QString &rootStyle) override;
    void setPageColour(const QColor &colour) override;
    void runInPage(const QString &script, std::function<void(const QVariant &)> done) override;
    QWidget *pageWidget() const override;

    // While held, urlChanged and loadFinished wait: the page may load while the window's features are
    // still being made (ReaderAssembly), and each of them should hear of it. Release sends the last of
    // each held, the address first.
    void holdPageSignals();
    void releasePageSignals();

    void back() override;
    void forward() override;
    bool canGoBack() const override;
    bool canGoForward() const override;

    // The article's right-click menu (also the Menu key and Shift+F10): Copy, then the actions features
    // add here, in the order added. Before it shows, contextMenuAboutToShow lets them enable theirs.
    void addContextAction(QAction *action);
    QList<QAction *> contextActions() const;
    // Where the menu was last opened, in this view's coordinates (for ArticleSelection::capture).
    QPoint contextMenuPoint() const { return m_contextPoint; }
    // Opens the menu at pos (view coordinates); what a right click and the Menu key do.
    void showContextMenu(const QPoint &pos);

    QWebEngineView *webView() const { return m_view; }
    // Whether the last pageShown() followed the page's paint (not the fallback for a page not drawn).
    bool lastPageShownByPaint() const;
    Web::WebPage *page() const { return m_page; }
    Web::RequestInterceptor *interceptor() const { return m_interceptor; }
    Web::IdleCollector *collector() const { return m_collector; }

signals:
    // The right-click menu is about to open: hasSelection says whether text is selected, linkUrl is the
    // link under the pointer (empty when none).
    void contextMenuAboutToShow(bool hasSelection, const QUrl &linkUrl);

private:
    Web::SchemeHandler *m_handler;
    Web::RequestInterceptor *m_interceptor;
    Web::WebPage *m_page = nullptr;
    Web::IdleCollector *m_collector = nullptr;
    QWebEngineView *m_view;
    PageShownWatch *m_shownWatch;
    QList<QPointer<QAction>> m_contextActions; // an action deleted by its feature drops out
    QPoint m_contextPoint;
    bool m_holding = false;
    std::optional<QUrl> m_heldUrl;
    std::optional<bool> m_heldLoad;
    std::optional<QUrl> m_heldShown;
    QUrl m_loadedUrl; // the page that last loaded (or failed), drawn next
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_ARTICLEVIEW_H
