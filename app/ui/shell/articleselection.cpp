// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleselection.h"

#include "articleview.h"
#include "core/contenturl.h"

#include <QPointer>
#include <QVariantMap>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace Myelin::Ui {

namespace {
// Returns {text, prefix, suffix, headingPath, headingId, isHeading} or null. %1, %2: the point (CSS
// pixels, -1 for none). Headings are h1..h6 in document order; the path keeps one per level.
constexpr const char *CaptureScript = R"JS(
(function (px, py) {
  var root = document.getElementById('content') || document.body;
  if (!root) return null;
  var sel = window.getSelection();
  var range = null, isHeading = false;
  if (sel && sel.rangeCount > 0 && !sel.isCollapsed && root.contains(sel.getRangeAt(0).commonAncestorContainer)) {
    range = sel.getRangeAt(0);
  } else if (px >= 0 && py >= 0) {
    var el = document.elementFromPoint(px, py);
    var heading = null;
    var all = root.querySelectorAll('h1,h2,h3,h4,h5,h6');
    for (var i = 0; el && i < all.length; ++i) {
      if (all[i] === el || all[i].contains(el) ||
          (all[i].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) heading = all[i];
    }
    if (!heading) return null;
    range = document.createRange();
    range.selectNodeContents(heading);
    isHeading = true;
  }
  if (!range) return null;
  var before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  var after = document.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(root, root.childNodes.length);
  var path = [], headingId = '';
  var headings = root.querySelectorAll('h1,h2,h3,h4,h5,h6');
  for (var j = 0; j < headings.length; ++j) {
    var h = headings[j];
    var above = h.contains(range.startContainer) ||
        (h.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!above) break;
    var level = parseInt(h.tagName.substring(1), 10);
    path = path.slice(0, level - 1);
    while (path.length < level - 1) path.push('');
    path.push(h.textContent.trim());
    headingId = h.id || headingId;
  }
  return {text: range.toString(), prefix: before.toString().slice(-64), suffix: after.toString().slice(0, 64),
          headingPath: path.filter(function (p) { return p.length > 0; }).join(' > '), headingId: headingId,
          isHeading: isHeading};
})(%1, %2)
)JS";
} // namespace

void ArticleSelection::capture(ArticleView *view, const QPoint &point,
                               const std::function<void(const ArticleSelection &)> &done)
{
    if (view == nullptr) {
        done({});
        return;
    }
    const auto parts = ContentUrl::parse(view->currentUrl());
    const QString slug = parts && parts->kind == ContentUrl::Kind::Article ? parts->id : QString();
    // The view's widget coordinates are device-independent pixels; the page's CSS pixels differ by zoom.
    const qreal zoom = view->webView()->zoomFactor();
    const int x = point.isNull() ? -1 : qRound(point.x() / zoom);
    const int y = point.isNull() ? -1 : qRound(point.y() / zoom);
    QPointer<ArticleView> guard(view);
    view->webView()->page()->runJavaScript(QString::fromLatin1(CaptureScript).arg(x).arg(y),
                                           QWebEngineScript::ApplicationWorld,
                                           [guard, slug, done](const QVariant &result) {
                                               const QVariantMap map = result.toMap();
                                               if (guard.isNull() || map.isEmpty()) {
                                                   done({});
                                                   return;
                                               }
                                               ArticleSelection s;
                                               s.slug = slug;
                                               s.text = map.value(QStringLiteral("text")).toString();
                                               s.prefix = map.value(QStringLiteral("prefix")).toString();
                                               s.suffix = map.value(QStringLiteral("suffix")).toString();
                                               s.headingPath = map.value(QStringLiteral("headingPath")).toString();
                                               s.headingId = map.value(QStringLiteral("headingId")).toString();
                                               s.isHeading = map.value(QStringLiteral("isHeading")).toBool();
                                               done(s);
                                           });
}

} // namespace Myelin::Ui
