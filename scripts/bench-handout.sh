#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `myelin export --handout` on a 10-article handout (cover, contents, glossary, timeline, large
# print), headless, with /usr/bin/time -v: wall time and peak memory of each run, then the medians.
# usage: scripts/bench-handout.sh [runs] [handout.json]     (MYELIN_EXE: the myelin binary to time)
# Goal (issue 6): median under 3 s on the project's 2-core machine.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
handout=${2:-$here/tests/fixtures/handouts/ten-articles.json}
exe=${MYELIN_EXE:-$here/build/bin/myelin}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi # root only: Chromium refuses otherwise
unset DISPLAY WAYLAND_DISPLAY

walls=()
rss=()
for i in $(seq 1 "$runs"); do
    /usr/bin/time -v "$exe" export --handout "$handout" --pdf "$out/handout.pdf" >"$out/stdout" 2>"$out/time"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time")
    seconds=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }')
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time")
    walls+=("$seconds")
    rss+=("$kb")
    printf 'run %d: %.2f s, peak RSS of the main process %d MB, %s\n' "$i" "$seconds" $((kb / 1024)) "$(cat "$out/stdout")"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf 'median of %d runs: %.2f s wall, %d MB peak RSS (main process)\n' "$runs" "$(median "${walls[@]}")" \
    $(($(median "${rss[@]}" | cut -d. -f1) / 1024))
