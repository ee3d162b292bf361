// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up and switch measurement for the benchmark (scripts/bench-startup.sh), off unless
// MYELIN_BENCH_STARTUP is set. Linked into the reader and the bare WebEngine program alike, so both are
// timed the same way, to the painted frame:
//  - the clock starts when the script launched the process (MYELIN_BENCH_T0_US, microseconds since
//    the epoch, taken by the shell just before exec), so loading the libraries counts;
//  - "tree-painted-ms": the contents tree's first paint has been flushed to the window;
//  - "first-article-ms": the first article's pixels are on screen. The benchmark's copy of the
//    content gives every article a marker strip in a colour of its own (markerColour(slug)); the
//    probe reads pixels back from the screen (the X server) until that colour shows;
//  - with MYELIN_BENCH_SWITCH=N: N article switches, each a synthetic mouse click on the article's
//    row in the contents tree (through Qt's window-system event path), timed to the new article's
//    marker on screen; then the memory (PSS) of all processes with one article and after the others;
//  - "dialog-painted-ms": any other top-level window (the first-start comfort dialog) painted.
#ifndef MYELIN_BENCH_STARTUPPROBE_H
#define MYELIN_BENCH_STARTUPPROBE_H

#include <QColor>
#include <QModelIndex>
#include <QStringList>
#include <functional>

class QAbstractItemView;
class QWidget;
class QVariant;

namespace Myelin::Bench {

bool startupProbeRequested();
// Call as early as possible in main(): the clock starts here unless the script gave its own start.
void startStartupClock();

// The colour of slug's marker strip: red 254, then the low two bytes of the slug's 32-bit FNV-1a
// hash (scripts/bench-startup.sh writes the same colours into its copy of the content).
QColor markerColour(const QString &slug);

struct ProbeTarget
{
    QWidget *window = nullptr;
    QString firstSlug;
    // The web view (a QWebEngineView, found as a widget: the probe links no web engine), null until the
    // program has made it; its loadStarted() and loadFinished(bool) signals are watched.
    std::function<QWidget *()> view;
    // Runs script in the page and hands back its result (MYELIN_BENCH_PHASES); empty: no phases.
    std::function<void(const QString &script, std::function<void(const QVariant &)> done)> runScript;
    std::function<QAbstractItemView *()> tree;          // the contents tree
    std::function<QModelIndex(const QString &)> rowFor; // the slug's row, made visible (parents expanded)
    QStringList slugs;                                  // articles to switch through, in order
};

void installStartupProbe(const ProbeTarget &target);

} // namespace Myelin::Bench

#endif // MYELIN_BENCH_STARTUPPROBE_H
