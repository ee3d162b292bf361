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
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace Myelin::Bench {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

// Memory readings come from Linux's /proc. The probe is for the project's benchmarks, which run on
// Linux; on Windows and macOS it still times start-up and article switches and reports memory as 0
// (their per-process figures would need other APIs, and no benchmark there reads them).

// Proportional set size (kB) of a process, from /proc/<pid>/smaps_rollup (Linux only; 0 elsewhere).
qint64 pssKb(const QString &pid)
{
#ifdef Q_OS_LINUX
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
#else
    Q_UNUSED(pid);
    return 0;
#endif
}

#ifdef Q_OS_LINUX
// The Chromium process type of pid ("renderer", "gpu-process", ...) or "browser" for ours.
QByteArray processType(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return "?";
    }
    for (const QByteArray &arg : file.readAll().split('\0')) {
        if (arg.startsWith("--type=")) {
            return arg.mid(7);
        }
    }
    return "browser";
}
#endif

// This process and all its descendants (the WebEngine renderer, GPU and zygote processes); with
// byType, also each process's share by its type.
qint64 treePssKb(const QString &pid, QList<QPair<QByteArray, qint64>> *byType = nullptr)
{
#ifdef Q_OS_LINUX
    qint64 total = pssKb(pid);
    if (byType != nullptr) {
        byType->append({processType(pid), total});
    }
    const QStringList tasks =
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile children(QStringLiteral("/proc/%1/task/%2/children").arg(pid, task));
        if (children.open(QIODevice::ReadOnly)) {
            for (const QByteArray &child : children.readAll().split(' ')) {
                if (!child.trimmed().isEmpty()) {
                    total += treePssKb(QString::fromLatin1(child.trimmed()), byType);
                }
            }
        }
    }
    return total;
#else
    Q_UNUSED(byType);
    return pssKb(pid);
#endif
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

// After the first article: prints it, then (when asked) opens more articles one by one and
// prints the median and 95th percentile switch times and the memory after them, then exits.
struct SwitchRun
{
    int remaining;
    std::function<void(const QString &)> open;
    QStringList slugs;
    std::vector<double> times;
    QElapsedTimer timer;
    qint64 firstPssKb;
    int next;
    qint64 settledPssKb = 0;

    static int settleMs()
    {
        return qEnvironmentVariableIsSet("MYELIN_BENCH_SETTLE_MS")
                   ? qEnvironmentVariableIntValue("MYELIN_BENCH_SETTLE_MS")
                   : 3000;
    }

    void loaded(bool ok)
    {
        const QString pid = QString::number(QCoreApplication::applicationPid());
        if (!timer.isValid()) { // the first article
            firstPssKb = treePssKb(pid);
            std::printf("first-article-ms %lld ok=%d\n", static_cast<long long>(clock().elapsed()), ok ? 1 : 0);
            std::printf("memory-pss-kb %lld\n", static_cast<long long>(firstPssKb));
            std::fflush(stdout);
            if (!ok || remaining <= 0) {
                std::_Exit(ok ? 0 : 1);
            }
            // The yardstick for growth: this one article open, after the same idle time as at the end.
            QTimer::singleShot(settleMs(), [this, pid] {
                settledPssKb = treePssKb(pid);
                openNext();
            });
            return;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!ok || --remaining <= 0) {
            // Memory is read after the reader has sat idle for a while (MYELIN_BENCH_SETTLE_MS,
            // default 3 s), as a reader does: caches that Chromium trims when idle do not count.
            QTimer::singleShot(settleMs(), [this, ok, pid] { finish(ok, pid); });
            return;
        }
        // A reader stays on a page for a moment (MYELIN_BENCH_DWELL_MS, default 0: click, click, click).
        QTimer::singleShot(qEnvironmentVariableIntValue("MYELIN_BENCH_DWELL_MS"), [this] { openNext(); });
    }

    void openNext()
    {
        timer.start();
        open(slugs.at(next++ % slugs.size()));
    }

    void finish(bool ok, const QString &pid)
    {
        std::sort(times.begin(), times.end());
        auto at = [this](double q) {
            return times[std::min(times.size() - 1, size_t(q * double(times.size() - 1) + 0.5))];
        };
        std::printf("switch-ms p50 %.1f p95 %.1f max %.1f n %zu ok=%d\n", at(0.5), at(0.95), times.back(), times.size(),
                    ok ? 1 : 0);
        QList<QPair<QByteArray, qint64>> byType;
        const qint64 after = treePssKb(pid, &byType);
        std::printf("memory-after-switches-kb %lld (first article %lld, settled %lld)\n", static_cast<long long>(after),
                    static_cast<long long>(firstPssKb), static_cast<long long>(settledPssKb));
        for (const auto &[type, kb] : byType) {
            std::printf("  process %s %lld kB\n", type.constData(), static_cast<long long>(kb));
        }
        std::fflush(stdout);
        std::_Exit(ok ? 0 : 1);
    }
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

void installStartupProbe(QWidget *window, QWebEngineView *(*viewFor)(QWidget *),
                         std::function<void(const QString &)> open, const QStringList &slugs)
{
    window->installEventFilter(new PaintWatcher(window));
    const int switches = open && !slugs.isEmpty() ? qEnvironmentVariableIntValue("MYELIN_BENCH_SWITCH") : 0;
    auto *poll = new QTimer(window);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, window, [window, viewFor, poll, switches, open, slugs] {
        QWebEngineView *view = viewFor(window);
        if (view == nullptr) {
            return;
        }
        poll->stop();
        auto *state = new SwitchRun{switches, open, slugs, {}, {}, 0, 0};
        QObject::connect(view, &QWebEngineView::loadFinished, window, [state](bool ok) {
            // One more turn of the event loop so the frame is handed to the compositor.
            QTimer::singleShot(0, [state, ok] { state->loaded(ok); });
        });
    });
    poll->start();
}

} // namespace Myelin::Bench
