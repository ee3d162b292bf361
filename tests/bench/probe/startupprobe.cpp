// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QImage>
#include <QMetaMethod>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#ifdef MYELIN_PROBE_SQLITE
#include <sqlite3.h>
#endif

namespace Myelin::Bench {

namespace {

// Every SQL statement run on the program's SQLite connections (SQLite's own trace hook, so queries
// made through any path count); 0 throughout without the SQLite headers.
quint64 &queryCount()
{
    static quint64 count = 0;
    return count;
}

void traceQueries()
{
#ifdef MYELIN_PROBE_SQLITE
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3_trace_v2(
                *static_cast<sqlite3 *const *>(handle.data()), SQLITE_TRACE_STMT,
                [](unsigned, void *, void *, void *text) {
                    // Statements run by triggers come as "-- ..." comments: not queries of the program's.
                    if (qstrncmp(static_cast<const char *>(text), "--", 2) != 0) {
                        ++queryCount();
                        if (qEnvironmentVariableIsSet("MYELIN_BENCH_SQL_LOG")) { // which statements
                            std::fprintf(stderr, "sql: %s\n", static_cast<const char *>(text));
                        }
                    }
                    return 0;
                },
                nullptr);
        }
    }
#endif
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

qint64 &startUs()
{
    static qint64 start = 0;
    return start;
}

double sinceStartMs()
{
    return double(nowUs() - startUs()) / 1000.0;
}

void say(const char *format, double value)
{
    std::printf(format, value);
    std::fflush(stdout);
}

// Memory readings come from Linux's /proc. The probe is for the project's benchmarks, which run on
// Linux; elsewhere it still times start-up and switches and reports memory as 0.

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

// The files mapped by this process and its descendants (MYELIN_BENCH_MAPS: the script's cold runs
// drop them from the page cache).
void collectMappedFiles(const QString &pid, QSet<QByteArray> &files)
{
#ifdef Q_OS_LINUX
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (maps.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : maps.readAll().split('\n')) {
            const int path = line.indexOf(" /");
            if (path > 0 && !line.endsWith("(deleted)")) {
                files.insert(line.mid(path + 1));
            }
        }
    }
    const QStringList tasks =
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile children(QStringLiteral("/proc/%1/task/%2/children").arg(pid, task));
        if (children.open(QIODevice::ReadOnly)) {
            for (const QByteArray &child : children.readAll().split(' ')) {
                if (!child.trimmed().isEmpty()) {
                    collectMappedFiles(QString::fromLatin1(child.trimmed()), files);
                }
            }
        }
    }
#else
    Q_UNUSED(pid);
    Q_UNUSED(files);
#endif
}

void writeMappedFiles()
{
    const QString path = qEnvironmentVariable("MYELIN_BENCH_MAPS");
    if (path.isEmpty()) {
        return;
    }
    QSet<QByteArray> files;
    collectMappedFiles(QString::number(QCoreApplication::applicationPid()), files);
    QFile out(path);
    if (out.open(QIODevice::Append)) {
        for (const QByteArray &file : std::as_const(files)) {
            out.write(file + '\n');
        }
    }
}

qint64 allPssKb(QList<QPair<QByteArray, qint64>> *byType = nullptr)
{
    return treePssKb(QString::number(QCoreApplication::applicationPid()), byType);
}

int envMs(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

// The web view's loadStarted() and loadFinished(bool), found by name: the probe needs no web engine
// library, so that a program which loads its engine later is measured as it is.
class ViewSignals : public QObject
{
    Q_OBJECT
public:
    explicit ViewSignals(QObject *view) : QObject(view)
    {
        const QMetaObject *meta = view->metaObject();
        for (const char *name : {"loadStarted()", "loadFinished(bool)"}) {
            const int index = meta->indexOfSignal(name);
            if (index < 0) {
                std::fprintf(stderr, "probe: the view has no signal %s\n", name);
                std::_Exit(5);
            }
            const QByteArray relay = QByteArray(name).replace("load", "on");
            connect(view, meta->method(index), this, metaObject()->method(metaObject()->indexOfSlot(relay)));
        }
    }

signals:
    void loadStarted();
    void loadFinished(bool ok);

private slots:
    void onStarted() { emit loadStarted(); }
    void onFinished(bool ok) { emit loadFinished(ok); }
};

// Whether the marker colour is on screen in the middle column of the view. Normally read from the
// X server (what is on screen); with MYELIN_BENCH_DIALOGS (a dialog may cover the article) from the
// view's own last frame instead.
bool markerShown(QWidget *view, QRgb marker)
{
    if (view == nullptr || !view->isVisible() || view->height() <= 0) {
        return false;
    }
    const int x = view->width() / 2;
    QImage column;
    if (qEnvironmentVariableIsSet("MYELIN_BENCH_DIALOGS")) {
        column = view->grab(QRect(x, 0, 1, view->height())).toImage();
    } else {
        QScreen *screen = view->screen();
        if (screen == nullptr) {
            return false;
        }
        const QPoint at = view->mapToGlobal(QPoint(x, 0)) - screen->geometry().topLeft();
        column = screen->grabWindow(0, at.x(), at.y(), 1, view->height()).toImage();
    }
    column = column.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < column.height(); ++y) {
        if ((column.pixel(0, y) & 0xFFFFFF) == (marker & 0xFFFFFF)) {
            return true;
        }
    }
    return false;
}

// Prints the first flush of the contents tree, and (MYELIN_BENCH_DIALOGS) of every other window.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *window, QWidget *tree) : QObject(window), m_window(window), m_tree(tree) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType()) {
            return QObject::eventFilter(watched, event);
        }
        auto *widget = static_cast<QWidget *>(watched);
        if (!m_treeSeen && m_tree != nullptr && widget == m_tree) {
            m_treeSeen = true;
            // The paint is flushed to the window before the event loop turns again.
            QTimer::singleShot(0, [] { say("tree-painted-ms %.1f\n", sinceStartMs()); });
        }
        QWidget *top = widget->window();
        if (top != m_window && (top->windowType() == Qt::Dialog || top->windowType() == Qt::Window) &&
            !m_dialogs.contains(top)) {
            m_dialogs.insert(top);
            QTimer::singleShot(0, [] { say("dialog-painted-ms %.1f\n", sinceStartMs()); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QWidget *m_tree;
    bool m_treeSeen = false;
    QSet<QWidget *> m_dialogs;
};

// The run: the first article, then (when asked) switches by clicking rows in the contents tree.
class Run : public QObject
{
public:
    Run(const ProbeTarget &target, int switches)
        : QObject(target.window), m_target(target), m_remaining(switches),
          m_dwellMs(envMs("MYELIN_BENCH_DWELL_MS", 400)), m_settleMs(envMs("MYELIN_BENCH_SETTLE_MS", 3000))
    {
        // Consecutive articles must differ in colour, or the old page would pass for the new one.
        QRgb previous = markerColour(target.firstSlug).rgb();
        for (const QString &slug : target.slugs) {
            if (markerColour(slug).rgb() != previous) {
                m_slugs << slug;
                previous = markerColour(slug).rgb();
            }
        }
        m_expected = markerColour(target.firstSlug).rgb();
        m_poll.setTimerType(Qt::PreciseTimer);
        m_poll.setInterval(1);
        connect(&m_poll, &QTimer::timeout, this, &Run::poll);
        auto *waitForView = new QTimer(this);
        waitForView->setInterval(1);
        connect(waitForView, &QTimer::timeout, this, [this, waitForView] {
            m_view = m_target.view();
            if (m_view == nullptr) {
                return;
            }
            waitForView->deleteLater();
            auto *pageSignals = new ViewSignals(m_view);
            connect(pageSignals, &ViewSignals::loadFinished, this, &Run::loaded);
            if (qEnvironmentVariableIsSet("MYELIN_BENCH_DIALOGS")) {
                // The first start: what comes first, the dialog or the article? Watch from the start.
                connect(pageSignals, &ViewSignals::loadStarted, this, [this] {
                    if (m_phase == Phase::First && !m_poll.isActive()) {
                        m_pollTimer.start();
                        m_poll.start();
                    }
                });
            }
        });
        waitForView->start();
    }

private:
    enum class Phase
    {
        First,
        Idle,
        Switch,
    };

    void loaded(bool ok)
    {
        if (m_phase == Phase::Idle) {
            return;
        }
        m_loadedMs = m_phase == Phase::First ? sinceStartMs() : double(m_click.nsecsElapsed()) / 1e6;
        if (!ok) {
            std::printf("load-failed\n");
            std::fflush(stdout);
            std::_Exit(1);
        }
        // The first frame after loadFinished that shows the marker (it may be on screen already).
        m_pollTimer.start();
        poll();
        if (m_phase != Phase::Idle) {
            m_poll.start();
        }
    }

    void poll()
    {
        if (markerShown(m_view, m_expected)) {
            m_poll.stop();
            painted();
        } else if (m_pollTimer.elapsed() > 5000) { // never shown: say so rather than wait forever
            m_poll.stop();
            std::printf("marker-not-seen %s\n", qPrintable(m_phase == Phase::First ? m_target.firstSlug : m_slug));
            std::fflush(stdout);
            std::_Exit(3);
        }
    }

    void painted()
    {
        if (m_phase == Phase::First) {
            m_phase = Phase::Idle;
            say("first-article-loaded-ms %.1f\n", m_loadedMs);
            say("first-article-ms %.1f\n", sinceStartMs());
            say("sql-queries-to-first-article %.0f\n", double(queryCount()));
            m_firstPssKb = allPssKb();
            std::printf("memory-pss-kb %lld\n", static_cast<long long>(m_firstPssKb));
            std::fflush(stdout);
            writeMappedFiles();
            if (m_remaining <= 0 || m_slugs.isEmpty()) {
                std::_Exit(0);
            }
            // The yardstick for growth: this one article open, after the same idle time as at the end.
            QTimer::singleShot(m_settleMs, this, [this] {
                m_settledPssKb = allPssKb();
                prepareNext();
            });
            return;
        }
        m_phase = Phase::Idle;
        m_times.push_back(double(m_click.nsecsElapsed()) / 1e6);
        m_loadTimes.push_back(m_loadedMs);
        if (m_each) {
            std::printf("switch-each %s %.1f loaded %.1f\n", qPrintable(m_slug), m_times.back(), m_loadedMs);
        }
        if (m_phases) {
            collectPhases();
        }
        if (--m_remaining <= 0) {
            // Memory is read after the reader has sat idle for a while (MYELIN_BENCH_SETTLE_MS):
            // caches that Chromium trims when idle do not count.
            QTimer::singleShot(m_settleMs, this, &Run::finish);
            return;
        }
        prepareNext();
    }

    // Makes the next article's row visible, then, after the reader's dwell on the current article,
    // clicks it.
    void prepareNext()
    {
        if (m_clicks++ > 0) { // what the last switch asked for, up to now (the probe's own look-ups follow)
            m_queries.push_back(double(queryCount() - m_queriesAtClick));
        }
        const QString slug = m_slugs.at(m_next++ % m_slugs.size());
        QAbstractItemView *tree = m_target.tree();
        const QModelIndex row = m_target.rowFor(slug);
        if (tree == nullptr || !row.isValid()) {
            std::printf("no-tree-row %s\n", qPrintable(slug));
            std::fflush(stdout);
            std::_Exit(4);
        }
        tree->scrollTo(row);
        QTimer::singleShot(m_dwellMs, this, [this, slug, row = QPersistentModelIndex(row)] {
            QAbstractItemView *tree = m_target.tree();
            QWindow *window = tree->window()->windowHandle();
            const QPoint at = tree->viewport()->mapTo(tree->window(), tree->visualRect(row).center());
            m_expected = markerColour(slug).rgb();
            m_slug = slug;
            m_phase = Phase::Switch;
            m_queriesAtClick = queryCount();
            m_click.start();
            // Through QWindowSystemInterface, as a click from the window system arrives.
            QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, at);
            // A click that opened nothing would leave the run waiting forever: say so and stop.
            const int clicks = m_clicks;
            QTimer::singleShot(20000, this, [this, clicks] {
                if (m_clicks == clicks && m_phase == Phase::Switch) {
                    std::printf("switch-timeout %s\n", qPrintable(m_slug));
                    std::fflush(stdout);
                    std::_Exit(5);
                }
            });
        });
    }

    void collectPhases()
    {
        if (!m_target.runScript) {
            return;
        }
        m_target.runScript(
            QStringLiteral("(() => { const n = performance.getEntriesByType('navigation')[0];"
                           " return n ? [n.requestStart, n.responseStart, n.responseEnd, n.domInteractive,"
                           " n.domContentLoadedEventEnd, n.loadEventEnd] : []; })()"),
            [this](const QVariant &result) {
                const QVariantList values = result.toList();
                for (qsizetype i = 0; i < values.size() && size_t(i) < m_phaseTimes.size(); ++i) {
                    m_phaseTimes[size_t(i)].push_back(values.at(i).toDouble());
                }
            });
    }

    void finish()
    {
        auto summary = [](std::vector<double> times, const char *name) {
            std::sort(times.begin(), times.end());
            auto at = [&times](double q) {
                return times[std::min(times.size() - 1, size_t(q * double(times.size() - 1) + 0.5))];
            };
            std::printf("%s p50 %.1f p95 %.1f max %.1f n %zu\n", name, at(0.5), at(0.95), times.back(), times.size());
        };
        m_queries.push_back(double(queryCount() - m_queriesAtClick));
        double queries = 0; // each switch counted from its click to the next preparation (or the end)
        for (const double q : m_queries) {
            queries += q;
        }
        std::printf("sql-queries-per-switch %.1f\n", queries / double(m_queries.size()));
        summary(m_times, "switch-ms");
        summary(m_loadTimes, "switch-loaded-ms");
        if (m_phases) {
            static const char *names[] = {"request",         "response",           "response-end",
                                          "dom-interactive", "dom-content-loaded", "load-end"};
            for (size_t i = 0; i < m_phaseTimes.size(); ++i) {
                if (m_phaseTimes[i].empty()) {
                    continue;
                }
                summary(m_phaseTimes[i], (std::string("switch-phase-") + names[i] + "-ms").c_str());
            }
        }
        QList<QPair<QByteArray, qint64>> byType;
        const qint64 after = allPssKb(&byType);
        std::printf("memory-after-switches-kb %lld (first article %lld, settled %lld)\n", static_cast<long long>(after),
                    static_cast<long long>(m_firstPssKb), static_cast<long long>(m_settledPssKb));
        for (const auto &[type, kb] : byType) {
            std::printf("  process %s %lld kB\n", type.constData(), static_cast<long long>(kb));
        }
        std::fflush(stdout);
        std::_Exit(0);
    }

    ProbeTarget m_target;
    QStringList m_slugs;
    int m_remaining;
    int m_dwellMs;
    int m_settleMs;
    Phase m_phase = Phase::First;
    QPointer<QWidget> m_view;
    QRgb m_expected = 0;
    QString m_slug; // the article being opened
    QTimer m_poll;
    QElapsedTimer m_pollTimer;
    QElapsedTimer m_click;
    double m_loadedMs = 0;
    int m_next = 0;
    std::vector<double> m_times;
    std::vector<double> m_loadTimes;
    // MYELIN_BENCH_PHASES: the page's own navigation timing of each switch (ms from the navigation's
    // start), read in the application's script world once the article is on screen.
    bool m_phases = qEnvironmentVariableIntValue("MYELIN_BENCH_PHASES") != 0;
    // MYELIN_BENCH_EACH: every switch's article and times, to find which articles make the tail.
    bool m_each = qEnvironmentVariableIntValue("MYELIN_BENCH_EACH") != 0;
    std::vector<std::vector<double>> m_phaseTimes = std::vector<std::vector<double>>(6);
    std::vector<double> m_queries;
    quint64 m_queriesAtClick = 0;
    int m_clicks = 0;
    qint64 m_firstPssKb = 0;
    qint64 m_settledPssKb = 0;
};

} // namespace

bool startupProbeRequested()
{
    return qEnvironmentVariableIsSet("MYELIN_BENCH_STARTUP");
}

void startStartupClock()
{
    bool ok = false;
    const qint64 given = qEnvironmentVariable("MYELIN_BENCH_T0_US").toLongLong(&ok);
    startUs() = ok && given > 0 ? given : nowUs();
}

QColor markerColour(const QString &slug)
{
    quint32 hash = 2166136261U;
    for (const char byte : slug.toUtf8()) {
        hash = (hash ^ quint8(byte)) * 16777619U;
    }
    return QColor(254, int(hash & 0xFF), int((hash >> 8) & 0xFF));
}

void installStartupProbe(const ProbeTarget &target)
{
    QAbstractItemView *tree = target.tree ? target.tree() : nullptr;
    auto *watcher = new PaintWatcher(target.window, tree != nullptr ? tree->viewport() : nullptr);
    if (qEnvironmentVariableIsSet("MYELIN_BENCH_DIALOGS")) {
        qApp->installEventFilter(watcher); // every window: when the first-start dialog is painted
    } else if (tree != nullptr) {
        tree->viewport()->installEventFilter(watcher);
    }
    // How pages are drawn: Qt WebEngine follows QT_QUICK_BACKEND (the reader sets it before QApplication).
    std::printf("drawing %s\n", qgetenv("QT_QUICK_BACKEND") == "software" ? "software" : "opengl");
    std::fflush(stdout);
    traceQueries();
    const bool canSwitch = target.tree && target.rowFor && !target.slugs.isEmpty();
    new Run(target, canSwitch ? qEnvironmentVariableIntValue("MYELIN_BENCH_SWITCH") : 0);
}

} // namespace Myelin::Bench

#include "startupprobe.moc"
