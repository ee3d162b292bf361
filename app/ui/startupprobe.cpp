// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWebEngineView>
#include <QWidget>
#include <cstdio>
#include <cstdlib>

namespace Myelin::Ui {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

// Proportional set size (kB) of a process, from /proc/<pid>/smaps_rollup (Linux only; 0 elsewhere).
qint64 pssKb(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // /proc files report a size of 0, so read them whole rather than line by line until atEnd().
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Pss:")) {
            return line.mid(4).simplified().split(' ').first().toLongLong();
        }
    }
    return 0;
}

// This process and all its descendants (the WebEngine renderer, GPU and zygote processes).
qint64 treePssKb(const QString &pid)
{
    qint64 total = pssKb(pid);
    const QStringList tasks =
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile children(QStringLiteral("/proc/%1/task/%2/children").arg(pid, task));
        if (children.open(QIODevice::ReadOnly)) {
            for (const QByteArray &child : children.readAll().split(' ')) {
                if (!child.trimmed().isEmpty()) {
                    total += treePssKb(QString::fromLatin1(child.trimmed()));
                }
            }
        }
    }
    return total;
}

class PaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::printf("window-painted-ms %lld\n", static_cast<long long>(clock().elapsed()));
            std::fflush(stdout);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

bool startupProbeRequested()
{
    return qEnvironmentVariableIsSet("MYELIN_BENCH_STARTUP");
}

void startStartupClock()
{
    clock().start();
}

void installStartupProbe(QWidget *window, QWebEngineView *(*viewFor)(QWidget *))
{
    window->installEventFilter(new PaintWatcher(window));
    auto *poll = new QTimer(window);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, window, [window, viewFor, poll] {
        QWebEngineView *view = viewFor(window);
        if (view == nullptr) {
            return;
        }
        poll->stop();
        QObject::connect(view, &QWebEngineView::loadFinished, window, [](bool ok) {
            // One more turn of the event loop so the frame is handed to the compositor.
            QTimer::singleShot(0, [ok] {
                std::printf("first-article-ms %lld ok=%d\n", static_cast<long long>(clock().elapsed()), ok ? 1 : 0);
                std::printf("memory-pss-kb %lld\n",
                            static_cast<long long>(treePssKb(QString::number(QCoreApplication::applicationPid()))));
                std::fflush(stdout);
                std::_Exit(ok ? 0 : 1);
            });
        });
    });
    poll->start();
}

} // namespace Myelin::Ui
