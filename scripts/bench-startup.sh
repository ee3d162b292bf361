#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark (shared/perf/README.md): Myelin against a bare Qt WebEngine program reading the
# same database, both in a virtual X display. Prints medians of: process start to window painted,
# process start to first article loaded (in-process clock), the whole process's wall time from
# outside (includes loading the libraries), and the memory (PSS) of the process and its children;
# then the article switch time and the memory after 50 more articles.
# usage: scripts/bench-startup.sh [runs]      (needs xvfb; build first)
set -euo pipefail
runs=${1:-7}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MYELIN_BUILD_DIR:-$here/build}
db=$build/share/myelin/content.db
if ! grep -q '^MYELIN_BENCH_PROBE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "bench-startup.sh: $build was built without the start-up probe; run" >&2
    echo "  cmake $build -DMYELIN_BENCH_PROBE=ON && cmake --build $build -j2" >&2
    exit 2
fi
slug=${MYELIN_BENCH_SLUG:-ccsvi}
display=:$((80 + RANDOM % 9))
work=$(mktemp -d)
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb MYELIN_BENCH_STARTUP=1 XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi # Chromium refuses its sandbox as root

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # name command...
    local name=$1
    shift
    : >"$work/$name"
    "$@" >/dev/null 2>&1 || true # warm-up (file cache)
    for ((i = 0; i < runs; i++)); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >"$work/out" 2>/dev/null || true
        t1=$(date +%s%N)
        awk -v wall=$(((t1 - t0) / 1000000)) '
            /^window-painted-ms/ {p=$2} /^first-article-ms/ {f=$2} /^memory-pss-kb/ {m=$2}
            END {print p, f, wall, int(m/1024)}' "$work/out" >>"$work/$name"
    done
    printf '%-8s painted %5s ms  first article %5s ms  wall %5s ms  memory %5s MB  (median of %d)\n' "$name" \
        "$(cut -d' ' -f1 "$work/$name" | median)" "$(cut -d' ' -f2 "$work/$name" | median)" \
        "$(cut -d' ' -f3 "$work/$name" | median)" "$(cut -d' ' -f4 "$work/$name" | median)" "$runs"
}

echo "corpus: $db ($(du -k "$db" | cut -f1) kB), article: $slug"
measure myelin "$build/bin/myelin" --content "$db" --open "$slug"
measure bare "$build/bin/bare_webengine" "$db" "$slug"
paste -d' ' "$work/myelin" "$work/bare" | awk '{f += $2 / $6; m += $4 / $8; n++} END {printf "ratio myelin/bare: first article %.2f, memory %.2f (mean of per-run ratios)\n", f/n, m/n}'

# Article switch: after the first article each program opens 50 more, one after another, staying
# MYELIN_BENCH_DWELL_MS on each (as a reader would; default 400), and reports the switch times (open
# to loaded) and its memory, each time after one idle second, with the first article open and after
# the 50 others. Budget: median <= 45 ms, p95 <= 60 ms, and no more than 15 MB more after them.
switches() { # name command...
    local name=$1
    shift
    : >"$work/$name-switch"
    for ((i = 0; i < ${MYELIN_BENCH_SWITCH_RUNS:-3}; i++)); do
        MYELIN_BENCH_SWITCH=50 MYELIN_BENCH_DWELL_MS=${MYELIN_BENCH_DWELL_MS:-400} MYELIN_BENCH_SETTLE_MS=1000 \
            timeout 120 "$@" 2>/dev/null | awk '
            /^switch-ms/ {p50=$3; p95=$5}
            /^memory-after-switches-kb/ {after=$2; first=$7; sub(/\)/, "", first)}
            END {print p50, p95, int(first/1024), int(after/1024), int((after-first)/1024)}' >>"$work/$name-switch"
    done
    printf '%-8s switch p50 %5s ms  p95 %5s ms  memory: first article %4s MB, after 50 more %4s MB (+%s MB)  (median of %d)\n' \
        "$name" "$(cut -d' ' -f1 "$work/$name-switch" | median)" "$(cut -d' ' -f2 "$work/$name-switch" | median)" \
        "$(cut -d' ' -f3 "$work/$name-switch" | median)" "$(cut -d' ' -f4 "$work/$name-switch" | median)" \
        "$(cut -d' ' -f5 "$work/$name-switch" | median)" "${MYELIN_BENCH_SWITCH_RUNS:-3}"
}
switches myelin "$build/bin/myelin" --content "$db" --open "$slug"
switches bare "$build/bin/bare_webengine" "$db" "$slug"
