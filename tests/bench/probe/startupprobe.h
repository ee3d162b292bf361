// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up measurement for the benchmark (scripts/bench-startup.sh), off unless MYELIN_BENCH_STARTUP
// is set: prints when the window was first painted and when the first article finished loading,
// then the memory of the whole process tree, and exits.
#ifndef MYELIN_BENCH_STARTUPPROBE_H
#define MYELIN_BENCH_STARTUPPROBE_H

#include <QStringList>
#include <functional>

class QWidget;
class QWebEngineView;

namespace Myelin::Bench {

bool startupProbeRequested();
// Call as early as possible in main(): the clock starts here.
void startStartupClock();
// Reports the first paint of window, and exits after the first finished load in the view that
// viewFor() returns (it may return null until the view exists).
// With MYELIN_BENCH_SWITCH=N set, after the first article the probe opens N more, one after
// another (cycling through slugs with open), and prints the switch times and the memory after them.
void installStartupProbe(QWidget *window, QWebEngineView *(*viewFor)(QWidget *),
                         std::function<void(const QString &)> open = {}, const QStringList &slugs = {});

} // namespace Myelin::Bench

#endif // MYELIN_BENCH_STARTUPPROBE_H
