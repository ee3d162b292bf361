// SPDX-License-Identifier: GPL-3.0-or-later
// The window's frame around the page: its breadcrumb and related items. They change with the page, not
// before it. Qt WebEngine says a clicked article's address before it starts loading it; laying out and
// painting the new frame then held the request for the page back by 3 to 5 ms of every switch (issue 21).
// So the frame of a page still to come waits until the scheme handler has handed that page to the engine,
// or until the page has loaded when no request reached the handler (a page kept by the engine, a page
// that failed). A page already handed over (a link followed inside the page) gets its frame at once, as
// does a part of the page whose frame is up (#sources).
#ifndef MYELIN_UI_PAGEFRAME_H
#define MYELIN_UI_PAGEFRAME_H

#include "core/article.h"

#include <QList>
#include <QObject>
#include <QString>
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
    explicit PageFrame(Apply apply, QObject *parent = nullptr);

    enum class When
    {
        Now,      // the page is already there (the first article, a window made again)
        WithPage, // the page is on its way: the frame follows it
    };
    void show(const QUrl &url, Content content, When when);

    // What the article view says: a page's bytes were handed to the engine; the open page has loaded.
    void pageServed(const QUrl &url);
    void pageLoaded();

    bool isWaiting() const { return m_pending.has_value(); }

private:
    void apply();

    Apply m_apply;
    std::optional<Content> m_pending;
    QUrl m_pendingPage; // without its #fragment
    QUrl m_lastServed;  // without its #fragment; until a frame is shown for it or a page has loaded
    QUrl m_shownPage;   // the page whose frame is up, without its #fragment
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_PAGEFRAME_H
