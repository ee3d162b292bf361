// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfortpreview.h"

#include "core/contenturl.h"
#include "web/requestinterceptor.h"
#include "web/schemehandler.h"
#include "web/urlscheme.h"
#include "web/webpage.h"
#include "web/webprofile.h"

#include <QColor>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace Myelin::Ui {

namespace {
// Keeps the title, the summary and the first paragraph: enough to judge size, colours and spacing.
const char TrimScript[] = R"JS(
(function () {
    var main = document.querySelector('main#content');
    if (!main) return false;
    main.querySelectorAll('footer, nav, .evidence').forEach(function (e) { e.remove(); });
    var body = main.querySelector('.body');
    if (body) {
        var kept = false;
        Array.prototype.slice.call(body.children).forEach(function (child) {
            if (!kept && child.tagName === 'P' && child.textContent.trim()) { kept = true; return; }
            child.remove();
        });
    }
    return true;
})()
)JS";
} // namespace

ComfortPreview::ComfortPreview(const ContentRepository &repository, const QString &slug, QWidget *parent)
    : QWidget(parent), m_handler(new Web::SchemeHandler(repository, this)),
      m_interceptor(new Web::RequestInterceptor(this)), m_view(new QWebEngineView(this))
{
    // Its own locked-down profile: the preview's life never depends on the article view's.
    QWebEngineProfile *profile = Web::createProfile(m_handler, m_interceptor, this);
    m_page = new Web::WebPage(profile, m_view);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setEnabled(false); // a picture of the article: links in it do not navigate
    m_view->setAccessibleName(tr("Preview"));
    m_view->setAccessibleDescription(tr("The start of an article, shown with the chosen settings"));
    setAccessibleName(tr("Preview"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool) {
        m_page->runJavaScript(QString::fromLatin1(TrimScript), QWebEngineScript::ApplicationWorld,
                              [this](const QVariant &) {
                                  m_loaded = true;
                                  restyle();
                                  emit loaded();
                              });
    });
    m_view->setUrl(ContentUrl::build(ContentUrl::Kind::Article, slug));
}

ComfortPreview::~ComfortPreview()
{
    delete m_view; // the page goes before its profile
    m_view = nullptr;
}

void ComfortPreview::setReadingStyle(const QString &rootStyle, quint32 backgroundRgb)
{
    m_rootStyle = rootStyle;
    m_handler->setRootStyle(rootStyle);
    m_page->setBackgroundColor(QColor::fromRgb(backgroundRgb));
    restyle();
}

void ComfortPreview::restyle()
{
    QString escaped = m_rootStyle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    m_page->runJavaScript(QStringLiteral("document.documentElement.setAttribute('style', '%1');").arg(escaped),
                          QWebEngineScript::ApplicationWorld);
}

} // namespace Myelin::Ui
