// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightpainter.h"

#include "core/textanchor.h"
#include "ui/shell/articleview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QVariantMap>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace Myelin::Ui {

namespace {
QString loadScript()
{
    QFile file(QStringLiteral(":/notes/highlights.js"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

HighlightPainter::HighlightPainter(ArticleView &view, QObject *parent)
    : QObject(parent), m_view(&view), m_script(loadScript())
{}

void HighlightPainter::run(const QString &call, const std::function<void(const QVariant &)> &done)
{
    if (m_view.isNull() || m_script.isEmpty()) {
        return;
    }
    const QString source = m_script + QLatin1Char('\n') + call;
    QPointer<HighlightPainter> guard(this);
    m_view->webView()->page()->runJavaScript(source, QWebEngineScript::ApplicationWorld,
                                             [guard, done](const QVariant &result) {
                                                 if (!guard.isNull() && done) {
                                                     done(result);
                                                 }
                                             });
}

void HighlightPainter::draw(const QList<Highlight> &highlights,
                            const std::function<void(const QHash<qint64, bool> &)> &done)
{
    if (m_view.isNull()) {
        return;
    }
    const QUrl page = m_view->currentUrl();
    run(QStringLiteral("myelinHighlights.read()"), [this, highlights, done, page](const QVariant &result) {
        const QVariantMap read = result.toMap();
        if (m_view.isNull() || read.isEmpty() || m_view->currentUrl() != page) {
            return;
        }
        const QString text = read.value(QStringLiteral("text")).toString();
        QList<TextAnchor::Heading> headings;
        for (const QVariant &h : read.value(QStringLiteral("headings")).toList()) {
            const QVariantMap m = h.toMap();
            headings.append({m.value(QStringLiteral("position")).toLongLong(), m.value(QStringLiteral("level")).toInt(),
                             m.value(QStringLiteral("text")).toString()});
        }
        QHash<qint64, bool> placed;
        QJsonArray list;
        for (const Highlight &h : highlights) {
            const TextAnchor::Placement p =
                TextAnchor::place(text, {h.quote, h.prefix, h.suffix, h.headingPath}, headings);
            placed.insert(h.id, p.isPlaced());
            if (p.isPlaced()) {
                list.append(QJsonObject{{QStringLiteral("id"), h.id},
                                        {QStringLiteral("start"), qint64(p.start)},
                                        {QStringLiteral("length"), qint64(p.length)},
                                        {QStringLiteral("colour"), h.colour},
                                        {QStringLiteral("note"), h.note}});
            }
        }
        const QString call = QStringLiteral("myelinHighlights.draw(%1, %2)")
                                 .arg(text.size())
                                 .arg(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        run(call, [placed, done](const QVariant &drawn) {
            if (!drawn.isValid() || drawn.isNull()) {
                return; // the page changed under us: the next load draws again
            }
            QSet<qint64> ids;
            for (const QVariant &id : drawn.toList()) {
                ids.insert(id.toLongLong());
            }
            QHash<qint64, bool> shown = placed;
            for (auto it = shown.begin(); it != shown.end(); ++it) {
                // Placed but with nothing to wrap (white space only) counts as not placed.
                it.value() = it.value() && ids.contains(it.key());
            }
            if (done) {
                done(shown);
            }
        });
    });
}

void HighlightPainter::highlightAt(const QPoint &point, const std::function<void(qint64)> &done)
{
    if (m_view.isNull()) {
        done(0);
        return;
    }
    const qreal zoom = m_view->webView()->zoomFactor();
    const int x = point.isNull() ? -1 : qRound(point.x() / zoom);
    const int y = point.isNull() ? -1 : qRound(point.y() / zoom);
    run(QStringLiteral("myelinHighlights.at(%1, %2)").arg(x).arg(y),
        [done](const QVariant &result) { done(result.toLongLong()); });
}

void HighlightPainter::reveal(qint64 id, const std::function<void(bool)> &done)
{
    run(QStringLiteral("myelinHighlights.reveal(%1)").arg(id), [done](const QVariant &result) {
        if (done) {
            done(result.toBool());
        }
    });
}

void HighlightPainter::covered(qint64 id, const std::function<void(const QString &)> &done)
{
    run(QStringLiteral("myelinHighlights.covered(%1)").arg(id),
        [done](const QVariant &result) { done(result.toString()); });
}

void HighlightPainter::clearSelection()
{
    run(QStringLiteral("myelinHighlights.clearSelection()"), {});
}

} // namespace Myelin::Ui
