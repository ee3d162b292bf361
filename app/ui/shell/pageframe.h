// SPDX-License-Identifier: GPL-3.0-or-later
// The window's frame around the page: its breadcrumb and related items. They change with the page, not
// before it. Qt WebEngine says a clicked article's address before it starts loading it, and the old page
// stays on screen until the new one is drawn. Laying out and painting the new frame before the page was
// drawn held the page back: 3 to 5 ms of every switch when it was done as the address changed, and again
// 4 to 5 ms when it was done as the page was handed to the engine (issue 21). So the frame of a page still
// to come waits until that page is on screen (ArticlePane::pageShown: its first paint after loading, or
// a short while after loading if none comes). A page shown at once gets its frame at once, as does a
// part of the page whose frame is up (#sources).
#ifndef MYELIN_UI_PAGEFRAME_H
#define MYELIN_UI_PAGEFRAME_H

#include "core/article.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

namespace Myelin::Ui {

class PageFrame : public QObject
{
    Q_OBJECT
public:
    struct Content
    {
        QList<ArticleRef> trail; // the ancestors, root first
        QString title;           // the page's own title, last in the breadcrumb
        QList<ArticleRef> related;
    };
    using Apply = std::function<void(const Content &)>;
    explicit PageFrame(Apply applyFrame, QObject *parent = nullptr);

    enum class When
    {
        Now,      // the page is already there (the first article, a window made again)
        WithPage, // the page is on its way: the frame follows it
    };
    void show(const QUrl &url, Content content, When when);

    // What the article pane says: url's page, loaded (or failed), is on screen. A page the reader left
    // before it came says nothing here; the frame waits for the page asked for.
    void pageShown(const QUrl &url);

    bool isWaiting() const { return m_pending.has_value(); }
    // However the engine behaves, a frame waits no longer than this for its page (a page that never says
    // it is shown would otherwise leave the old frame up).
    static constexpr int DefaultLongestWaitMs = 3000;
    void setLongestWaitMs(int ms) { m_longestWait.setInterval(ms); }

private:
    void apply();

    Apply m_apply;
    std::optional<Content> m_pending;
    QUrl m_pendingPage; // without its #fragment
    QUrl m_shownPage;   // the page whose frame is up, without its #fragment
    QTimer m_longestWait;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_PAGEFRAME_H
