// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"

#include "core/contenturl.h"
#include "glossarypopover.h"
#include "pageshownwatch.h"
#include "readingstylecontroller.h"
#include "web/idlecollector.h"
#include "web/requestinterceptor.h"
#include "web/schemehandler.h"
#include "web/webpage.h"
#include "web/webprofile.h"

#include <QAction>
#include <QMenu>
#include <QVBoxLayout>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <utility>

namespace Myelin::Ui {

ArticleView::ArticleView(const ContentRepository &repository, const QString &rootStyle, QWidget *parent)
    : ArticlePane(parent), m_handler(new Web::SchemeHandler(repository, this)),
      m_interceptor(new Web::RequestInterceptor(this)), m_view(new QWebEngineView(this)),
      m_shownWatch(new PageShownWatch(m_view, this))
{
    m_handler->setRootStyle(rootStyle);
    QWebEngineProfile *profile = Web::createProfile(m_handler, m_interceptor, this);
    m_page = new Web::WebPage(profile, m_view);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu); // Copy and the features' actions, never the browser's
    connect(m_view, &QWidget::customContextMenuRequested, this, &ArticleView::showContextMenu);
    m_view->setAccessibleName(tr("Article"));
    m_view->setAccessibleDescription(tr("The text of the open article"));
    setFocusProxy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        if (m_holding) {
            m_heldUrl = url;
        } else {
            emit urlChanged(url);
        }
    });
    // A page that loaded or failed (not one left before it came) is drawn next: the watch says when.
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus ||
            info.status() == QWebEngineLoadingInfo::LoadFailedStatus) {
            m_loadedUrl = info.url();
            m_shownWatch->arm();
        }
    });
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (m_holding) {
            m_heldLoad = ok;
        } else {
            emit loadFinished(ok);
        }
    });
    connect(m_shownWatch, &PageShownWatch::shown, this, [this] {
        if (m_holding) {
            m_heldShown = m_loadedUrl;
        } else {
            emit pageShown(m_loadedUrl);
        }
    });
    m_collector = new Web::IdleCollector(m_page); // frees left pages' memory once the reader settles
    connect(m_page, &Web::WebPage::externalLinkRequested, this, &ArticleView::externalLinkRequested);
    connect(m_page, &Web::WebPage::feedbackAnswered, this, &ArticleView::feedbackAnswered);
    connect(m_page, &Web::WebPage::feedbackMailRequested, this, &ArticleView::feedbackMailRequested);
}

ArticleView::~ArticleView()
{
    // The page must go before its profile (both are children of this widget).
    delete m_view;
    m_view = nullptr;
}

void ArticleView::addContextAction(QAction *action)
{
    m_contextActions.append(action);
}

QList<QAction *> ArticleView::contextActions() const
{
    QList<QAction *> actions;
    for (const QPointer<QAction> &action : m_contextActions) {
        if (!action.isNull()) {
            actions.append(action);
        }
    }
    return actions;
}

void ArticleView::showContextMenu(const QPoint &pos)
{
    m_contextPoint = pos;
    const QWebEngineContextMenuRequest *request = m_view->lastContextMenuRequest();
    const bool hasSelection = m_page->hasSelection();
    emit contextMenuAboutToShow(hasSelection, request != nullptr ? request->linkUrl() : QUrl());
    QMenu menu(this);
    menu.setAccessibleName(tr("Article menu"));
    QAction *copy = m_page->action(QWebEnginePage::Copy);
    copy->setText(tr("&Copy"));
    copy->setEnabled(hasSelection);
    menu.addAction(copy);
    const QList<QAction *> actions = contextActions();
    if (!actions.isEmpty()) {
        menu.addSeparator();
        for (QAction *action : actions) {
            if (action->isVisible()) {
                menu.addAction(action);
            }
        }
    }
    menu.exec(m_view->mapToGlobal(pos));
}

void ArticleView::openUrl(const QUrl &url)
{
    m_view->setUrl(url);
}

QUrl ArticleView::currentUrl() const
{
    return m_view->url();
}

QString ArticleView::currentTitle() const
{
    return m_view->title();
}

ArticleView *ArticleView::forWindow(const ContentRepository &repository, ReadingStyleController &style)
{
    auto *view = new ArticleView(repository, style.rootStyle());
    new GlossaryPopover(*view, repository, style); // a child of the view: definitions over the text
    return view;
}

QWidget *ArticleView::pageWidget() const
{
    // Qt WebEngine's focus proxy: the view itself takes no focus, and setTabOrder ignores widgets that
    // do not.
    QWidget *page = m_view->focusProxy();
    return page != nullptr ? page : m_view;
}

void ArticleView::setPageColour(const QColor &colour)
{
    m_page->setBackgroundColor(colour);
}

void ArticleView::runInPage(const QString &script, std::function<void(const QVariant &)> done)
{
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, std::move(done));
}

void ArticleView::setRootStyle(const QString &rootStyle)
{
    m_handler->setRootStyle(rootStyle);
    // The app's own script, in the isolated ApplicationWorld: content scripts stay disabled.
    QString escaped = rootStyle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    m_page->runJavaScript(QStringLiteral("document.documentElement.setAttribute('style', '%1');").arg(escaped),
                          QWebEngineScript::ApplicationWorld);
}

bool ArticleView::lastPageShownByPaint() const
{
    return m_shownWatch->lastShownByPaint();
}

void ArticleView::holdPageSignals()
{
    m_holding = true;
}

void ArticleView::releasePageSignals()
{
    m_holding = false;
    if (const std::optional<QUrl> url = std::exchange(m_heldUrl, std::nullopt)) {
        emit urlChanged(*url);
    }
    if (const std::optional<bool> ok = std::exchange(m_heldLoad, std::nullopt)) {
        emit loadFinished(*ok);
    }
    if (const std::optional<QUrl> url = std::exchange(m_heldShown, std::nullopt)) {
        emit pageShown(*url);
    }
}

void ArticleView::back()
{
    m_view->back();
}

void ArticleView::forward()
{
    m_view->forward();
}

bool ArticleView::canGoBack() const
{
    return m_view->history()->canGoBack();
}

bool ArticleView::canGoForward() const
{
    return m_view->history()->canGoForward();
}

} // namespace Myelin::Ui
