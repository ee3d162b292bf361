// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the reader's place in each article: the heading above the top of the window and how far it is
// from there to the next heading (0..1), not pixels, so the place holds at another text size. The place
// is read while the reader reads (after scrolling, and every few seconds), saved when they leave the
// article or close the window, and given back when the article is opened again, unless the address
// names a place of its own (#heading). Saving waits until the reader has stayed a moment (WriteDelayMs)
// or the window closes, so switching articles never waits for the disk; a place not yet written is
// kept in memory and given back all the same. The app's own JavaScript runs in ApplicationWorld; content
// scripts stay off.
#ifndef MYELIN_UI_BOOKMARKS_READINGPOSITION_H
#define MYELIN_UI_BOOKMARKS_READINGPOSITION_H

#include "userdata/librarytypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QUrl;

namespace Myelin {
class HistoryStore;
}

namespace Myelin::Ui {

class ReaderHost;

class ReadingPositionKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int SettleMs = 250;    // after the last scroll, the place is read
    static constexpr int IntervalMs = 3000; // and every few seconds (scrolling by other means)

    ReadingPositionKeeper(ReaderHost &host, HistoryStore &history, QObject *parent = nullptr);
    ~ReadingPositionKeeper() override;

    // Reads the place in the open article now (capturedPosition() then has it).
    void capture();
    ReadingPosition capturedPosition() const { return m_position; }
    QString slug() const { return m_slug; }

signals:
    void captured(const QString &slug);
    void saved(const QString &slug);
    void restored(const QString &slug, const QString &headingText);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach();
    void urlChanged(const QUrl &url);
    void loadFinished(bool ok);
    void captureResult(const QString &slug, const QVariant &result);
    void save();
    void writePending(); // every place not yet written, now

    static constexpr int WriteDelayMs = 1500;

    ReaderHost &m_host;
    HistoryStore &m_history;
    QString m_slug;             // the article shown ("" for other pages)
    ReadingPosition m_position; // its place as last read (or as saved, until read)
    bool m_restorePending = false;
    bool m_loaded = false; // the article's own document is there to read
    QTimer m_settle;
    QTimer m_interval;
    QTimer m_writer;                           // writes m_pending once the reader stays a moment
    QHash<QString, ReadingPosition> m_pending; // places read, not yet written, by article
    QPointer<QObject> m_watched;               // the page's widget, whose scrolling is watched
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_READINGPOSITION_H
