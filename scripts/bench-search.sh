#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Search benchmark (shared/perf/README.md: search p95 <= 5 ms at 50,000 articles; start-up flat in
# corpus size). For each size: writes a synthetic corpus from the bundled articles' own sentences
# (tests/bench/gen_corpus.py), compiles it with the real myelin-build, and runs bench_search, which
# prints query latency (one, two and three words, prefixes, every keystroke; fixed seed) and the
# reader's time from start to the first article (offscreen); then bench_search_ui types queries into
# the real window and prints the time from key press to results painted.
# usage: scripts/bench-search.sh [sizes...]      (default: 1000 10000 50000; needs python3)
#   MYELIN_BUILD_DIR  build tree to use (default: build); it is built first
#   MYELIN_BENCH_DIR  where the corpora go (default: a temporary folder, removed afterwards)
#   MYELIN_BENCH_KEEP=1  keep the corpora and databases
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MYELIN_BUILD_DIR:-$here/build}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 50000)
work=${MYELIN_BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
if [[ -z ${MYELIN_BENCH_DIR:-} && -z ${MYELIN_BENCH_KEEP:-} ]]; then trap 'rm -rf "$work"' EXIT; fi

cmake --build "$build" -j2 --target myelin myelin-build bench_search bench_search_ui >/dev/null

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
    echo
    echo "=== $n articles"
    python3 "$here/tests/bench/gen_corpus.py" --articles "$n" --seed 1 --out "$work/data-$n" >/dev/null
    t0=$(date +%s%N)
    "$build/bin/myelin-build" "$work/data-$n" -o "$work/content-$n.db" >"$work/build-$n.log" 2>&1 ||
        { echo "myelin-build failed:"; tail -20 "$work/build-$n.log"; exit 1; }
    t1=$(date +%s%N)
    printf 'compile: %.1f s   database: %s MB\n' "$(((t1 - t0) / 1000000))e-3" \
        "$(($(stat -c %s "$work/content-$n.db") / 1048576))"
    # The same article (depth 4 in the tree) in every corpus.
    "$build/bin/bench_search" "$work/content-$n.db" --queries 300 --seed 42 \
        --myelin "$build/bin/myelin" --runs "${MYELIN_BENCH_RUNS:-5}" --slug a00999
    # The same, end to end in the real window: key press to results painted.
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bin/bench_search_ui" "$work/content-$n.db" --queries 40 \
        2>/dev/null | grep '^search as you type' || echo "bench_search_ui failed"
done
