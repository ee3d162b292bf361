// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up measurement for the benchmark (scripts/bench-startup.sh), off unless MYELIN_BENCH_STARTUP
// is set: prints when the window was first painted and when the first article finished loading,
// then the memory of the whole process tree, and exits.
#ifndef MYELIN_UI_STARTUPPROBE_H
#define MYELIN_UI_STARTUPPROBE_H

class QWidget;
class QWebEngineView;

namespace Myelin::Ui {

bool startupProbeRequested();
// Call as early as possible in main(): the clock starts here.
void startStartupClock();
// Reports the first paint of window, and exits after the first finished load in the view that
// viewFor() returns (it may return null until the view exists).
void installStartupProbe(QWidget *window, QWebEngineView *(*viewFor)(QWidget *));

} // namespace Myelin::Ui

#endif // MYELIN_UI_STARTUPPROBE_H
