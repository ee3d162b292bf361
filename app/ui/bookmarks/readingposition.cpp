// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingposition.h"

#include "core/contentrepository.h"
#include "pageref.h"
#include "ui/shell/articleview.h"
#include "ui/shell/readerhost.h"
#include "userdata/historystore.h"
#include "web/webpage.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <utility>

namespace Myelin::Ui {

namespace {

// [address, heading id ("" above the first), offset 0..1 from that heading's top to the next one's].
const char *const CaptureScript = R"JS((function () {
  var hs = document.querySelectorAll('h2[id], h3[id]');
  var y = window.scrollY, id = '', top = 0, next = -1;
  for (var i = 0; i < hs.length; ++i) {
    var t = hs[i].getBoundingClientRect().top + y;
    if (t <= y + 2) { id = hs[i].id; top = t; next = -1; } else { next = t; break; }
  }
  if (next < 0) next = Math.max(document.documentElement.scrollHeight, top + 1);
  var offset = next > top ? (y - top) / (next - top) : 0;
  return [location.href, id, Math.min(1, Math.max(0, offset))];
})())JS";

// Scrolls to the heading (null: not there any more) at offset of the way to the next; returns the
// heading's text. Again once the fonts are in, in case they change the page's length.
const char *const RestoreScript = R"JS((function (a) {
  function go() {
    var hs = Array.prototype.slice.call(document.querySelectorAll('h2[id], h3[id]'));
    var y0 = window.scrollY, i = -1, top = 0;
    if (a[0]) {
      i = hs.findIndex(function (h) { return h.id === a[0]; });
      if (i < 0) return null;
      top = hs[i].getBoundingClientRect().top + y0;
    }
    var n = hs[i + 1];
    var next = n ? n.getBoundingClientRect().top + y0 : Math.max(document.documentElement.scrollHeight, top + 1);
    window.scrollTo({top: Math.round(top + a[1] * (next - top)), left: 0, behavior: 'instant'});
    return i >= 0 ? hs[i].textContent : '';
  }
  var text = go();
  if (text !== null && document.fonts) document.fonts.ready.then(go);
  return text;
})(%1))JS";

QString articleSlug(const QUrl &url)
{
    const QString ref = PageRef::fromUrl(url);
    return PageRef::isArticle(ref) ? ref : QString();
}

} // namespace

ReadingPositionKeeper::ReadingPositionKeeper(ReaderHost &host, HistoryStore &history, QObject *parent)
    : QObject(parent != nullptr ? parent : &host), m_host(host), m_history(history)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ReadingPositionKeeper::capture);
    m_interval.setInterval(IntervalMs);
    connect(&m_interval, &QTimer::timeout, this, &ReadingPositionKeeper::capture);
    m_writer.setSingleShot(true);
    m_writer.setInterval(WriteDelayMs);
    connect(&m_writer, &QTimer::timeout, this, &ReadingPositionKeeper::writePending);
    host.window()->installEventFilter(this); // closing the window saves the place
    attach();
}

ReadingPositionKeeper::~ReadingPositionKeeper()
{
    save();
    writePending();
}

void ReadingPositionKeeper::attach()
{
    ArticleView *view = m_host.articleView();
    connect(view, &ArticleView::urlChanged, this, &ReadingPositionKeeper::urlChanged);
    connect(view, &ArticleView::loadFinished, this, &ReadingPositionKeeper::loadFinished);
    // A link in the page was followed: read the place in the page being left while it is still there.
    connect(view->page(), &Web::WebPage::navigationAccepted, this, [this](const QUrl &next) {
        const QUrl shown = m_host.articleView()->currentUrl();
        if (m_loaded && next.adjusted(QUrl::RemoveFragment) != shown.adjusted(QUrl::RemoveFragment)) {
            capture();
        }
    });
    urlChanged(view->currentUrl());
}

void ReadingPositionKeeper::urlChanged(const QUrl &url)
{
    QString slug = articleSlug(url);
    if (!m_host.repository().hasArticle(slug)) {
        slug.clear(); // an error page: no place to keep
    }
    if (slug == m_slug) {
        return; // the same article (a #heading within it)
    }
    if (m_loaded) {
        // Opened from the window (contents, search, bookmarks, Back): the address changes before the page
        // does, so the one being left is still there to ask. (A clicked link was asked about above.)
        capture();
    }
    save();
    m_slug = slug;
    m_loaded = false;
    m_interval.stop();
    m_settle.stop();
    m_position = slug.isEmpty()             ? ReadingPosition{}
                 : m_pending.contains(slug) ? m_pending.value(slug) // read, not yet written
                                            : m_history.position(slug);
    // A link to a heading (#fragment) says where to go; otherwise the reader's own place.
    m_restorePending = !slug.isEmpty() && !url.hasFragment();
}

void ReadingPositionKeeper::loadFinished(bool ok)
{
    ArticleView *view = m_host.articleView();
    if (!ok || view == nullptr || m_slug.isEmpty() || articleSlug(view->currentUrl()) != m_slug) {
        return;
    }
    if (QWidget *page = view->webView()->focusProxy(); page != nullptr && page != m_watched) {
        page->installEventFilter(this);
        m_watched = page;
    }
    m_loaded = true;
    m_interval.start();
    if (!m_restorePending) {
        return;
    }
    m_restorePending = false;
    const ReadingPosition position = m_position;
    if (!position.valid || (position.headingId.isEmpty() && position.offset < 0.001)) {
        return; // the top: where a page opens anyway
    }
    const QString args = QString::fromUtf8(
        QJsonDocument(QJsonArray{position.headingId, position.offset}).toJson(QJsonDocument::Compact));
    const QString slug = m_slug;
    view->page()->runJavaScript(QString::fromLatin1(RestoreScript).arg(args), QWebEngineScript::ApplicationWorld,
                                [this, slug](const QVariant &result) {
                                    if (!result.isNull() && slug == m_slug) {
                                        emit restored(slug, result.toString().simplified());
                                    }
                                });
}

bool ReadingPositionKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host.window() && event->type() == QEvent::Close) {
        save();
        writePending();
    } else if (watched == m_watched && m_loaded) {
        switch (event->type()) {
        case QEvent::Wheel:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonRelease:
        case QEvent::TouchEnd:
            m_settle.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReadingPositionKeeper::capture()
{
    ArticleView *view = m_host.articleView();
    if (view == nullptr || !m_loaded || m_slug.isEmpty()) {
        return;
    }
    view->page()->runJavaScript(QString::fromLatin1(CaptureScript), QWebEngineScript::ApplicationWorld,
                                [self = QPointer<ReadingPositionKeeper>(this), slug = m_slug](const QVariant &result) {
                                    if (self) {
                                        self->captureResult(slug, result);
                                    }
                                });
}

void ReadingPositionKeeper::captureResult(const QString &slug, const QVariant &result)
{
    const QVariantList parts = result.toList();
    if (parts.size() != 3 || articleSlug(QUrl(parts.at(0).toString())) != slug) {
        return; // read from another page than the one asked about (the next one came first)
    }
    ReadingPosition position;
    position.headingId = parts.at(1).toString();
    position.offset = qBound(0.0, parts.at(2).toDouble(), 1.0);
    position.valid = true;
    if (slug == m_slug) {
        m_position = position;
        emit captured(slug);
    } else {
        // Read from the page being left, after the next one took its place: saved for it directly.
        m_pending.insert(slug, position);
        m_writer.start();
    }
}

void ReadingPositionKeeper::save()
{
    if (m_slug.isEmpty() || !m_position.valid) {
        return;
    }
    m_pending.insert(m_slug, m_position);
    m_writer.start(); // again: written once the reader stays a moment
}

void ReadingPositionKeeper::writePending()
{
    m_writer.stop();
    const QHash<QString, ReadingPosition> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (m_history.savePosition(it.key(), it.value())) {
            emit saved(it.key());
        }
    }
}

} // namespace Myelin::Ui
