#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up and article-switch benchmark (shared/perf/README.md): Myelin against a bare Qt WebEngine
# program (tests/bench/bare_webengine.cpp: a tree, one QWebEngineView, a custom scheme reading the same
# SQLite database, the articles' pictures included) in a virtual X display, like for like:
#  - the bare program runs in both drawing modes, software (QT_QUICK_BACKEND=software) and OpenGL;
#    ratios are to the bare program in Myelin's own mode (Myelin draws in software where there is no
#    graphics card), the other mode is printed for reference;
#  - the clock stops when the article's pixels are on screen: every article of the benchmark's copy of
#    the content starts with a strip in a colour of its own (fixed to the top of the page), and the probe reads the
#    screen back from the X server until it shows (the first frame after loadFinished that does);
#  - an article switch is a mouse click on the article's row in the contents tree, sent through Qt's
#    window-system event path, to the new article's pixels on screen; 50 switches per run through real
#    articles, staying MYELIN_BENCH_DWELL_MS (400) on each, as a reader does;
#  - memory is the PSS (smaps_rollup) of all the processes, with one article open and after the 50
#    others, each after MYELIN_BENCH_SETTLE_MS (1000) idle;
#  - runs are interleaved (the programs take turns, in a rotating order) and every ratio is taken
#    between runs of the same round, then the median of those ratios is printed: the machine may be
#    busy, so only ratios count. The load average (/proc/loadavg) during the runs is printed;
#  - warm runs (files in the page cache) and cold runs: before each cold run, every file the programs
#    map (libraries, Qt WebEngine's resources, fonts, the content) is dropped from the page cache with
#    posix_fadvise(DONTNEED). The machine is shared, so there is no global drop_caches; pages another
#    running process maps stay cached;
#  - the first start (no settings yet): when Myelin's comfort dialog is painted against its first article.
# usage: scripts/bench-startup.sh [runs]    (needs Xvfb and python3; build with the dev preset first)
# Environment: MYELIN_BENCH_SWITCH_RUNS (3), MYELIN_BENCH_SWITCHES (50), MYELIN_BENCH_COLD (1: also cold
# runs), MYELIN_BENCH_FIRST_START (3 runs; 0: none), MYELIN_BENCH_RATIOS=FILE (writes "name value" lines
# for tests/bench/bench-guard.sh), MYELIN_BENCH_SLUG (ccsvi), MYELIN_BENCH_MYELIN (the reader to measure),
# MYELIN_BENCH_BEFORE (another build of the reader, e.g. before a change: measured in the same rounds as
# "before", with its own ratios to the same bare runs), MYELIN_BENCH_PHASES=1 (each program also prints the
# page's own timing of its switches: request sent, response read, page parsed, load event ended, in ms from
# the navigation's start; and the click to loadFinished), MYELIN_BENCH_PAGES=1 (the switch rounds also run
# "bare-pages": the bare program in Myelin's drawing mode serving Myelin's own pages, as its scheme handler
# writes them (tests/bench/bench_pages.cpp); Myelin against it is what the reader adds around its page, and
# it against the bare program is what the reader's page costs), MYELIN_BENCH_EACH=1 (each program also
# prints every switch: "switch-each SLUG MS loaded MS", to see which articles make the tail).
set -euo pipefail
runs=${1:-7}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MYELIN_BUILD_DIR:-$here/build}
db=${MYELIN_BENCH_CONTENT:-$build/share/myelin/content.db}
switch_runs=${MYELIN_BENCH_SWITCH_RUNS:-3}
with_pages=${MYELIN_BENCH_PAGES:-0}
switches=${MYELIN_BENCH_SWITCHES:-50}
cold=${MYELIN_BENCH_COLD:-1}
first_starts=${MYELIN_BENCH_FIRST_START:-3}
ratios_file=${MYELIN_BENCH_RATIOS:-}
slug=${MYELIN_BENCH_SLUG:-ccsvi}
if ! grep -q '^MYELIN_BENCH_PROBE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "bench-startup.sh: $build was built without the start-up probe; run" >&2
    echo "  cmake $build -DMYELIN_BENCH_PROBE=ON && cmake --build $build -j2" >&2
    exit 2
fi
for tool in Xvfb python3; do
    command -v $tool >/dev/null || { echo "bench-startup.sh: $tool is missing" >&2; exit 2; }
done

work=$(mktemp -d)
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
exec 3>&-
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do # Xvfb writes its display number once it accepts clients
    [[ -s $work/display ]] && break
    kill -0 $xvfb 2>/dev/null || { echo "bench-startup.sh: Xvfb did not start" >&2; exit 2; }
    sleep 0.1
done
export DISPLAY=:$(head -n1 "$work/display") QT_QPA_PLATFORM=xcb MYELIN_BENCH_STARTUP=1 XDG_DATA_HOME=$work/data
unset QT_QUICK_BACKEND # each program's drawing mode is chosen below
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi # Chromium refuses its sandbox as root

# The benchmark's copy of the content: every article starts with its marker strip (the colour is the
# probe's markerColour(): red 254, then the low bytes of the slug's FNV-1a hash).
marked=$work/content.db
python3 - "$db" "$marked" <<'EOF'
import shutil, sqlite3, sys
shutil.copyfile(sys.argv[1], sys.argv[2])
def colour(slug):
    h = 2166136261
    for b in slug.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return "#fe%02x%02x" % (h & 0xFF, (h >> 8) & 0xFF)
con = sqlite3.connect(sys.argv[2])
for (slug,) in con.execute("SELECT slug FROM articles").fetchall():
    con.execute("UPDATE articles SET html = ? || html WHERE slug = ?",
                ('<div style="position:fixed;top:0;left:0;right:0;height:8px;margin:0;background:%s"></div>' % colour(slug), slug))
con.commit()
EOF

# A returning reader's settings (the comfort dialog of the first start was answered).
mkdir -p "$work/config/Myelin"
printf '[comfort]\nfirstRunDone=true\n' >"$work/config/Myelin/myelin.conf"
export XDG_CONFIG_HOME=$work/config

pages=$work/pages.db
if [[ $with_pages != 0 ]]; then
    cp "$marked" "$pages"
    "$build/bin/bench_pages" "$pages" >/dev/null
fi
myelin=("${MYELIN_BENCH_MYELIN:-$build/bin/myelin}" --content "$marked" --open "$slug")
bare=("${MYELIN_BENCH_BARE:-$build/bin/bare_webengine}" "$marked" "$slug")
readers=(myelin)
[[ -z ${MYELIN_BENCH_BEFORE:-} ]] || readers+=(before)
programs=("${readers[@]}" bare-sw bare-gl)
run() { # program [env...]: one run, output in $work/out; the clock starts at the exec
    local program=$1
    shift
    case $program in
        before) timeout 300 env "$@" MYELIN_BENCH_T0_US="${EPOCHREALTIME/./}" "$MYELIN_BENCH_BEFORE" "${myelin[@]:1}" >"$work/out" 2>/dev/null || true ;;
        myelin) timeout 300 env "$@" MYELIN_BENCH_T0_US="${EPOCHREALTIME/./}" "${myelin[@]}" >"$work/out" 2>/dev/null || true ;;
        bare-sw) timeout 300 env "$@" QT_QUICK_BACKEND=software MYELIN_BENCH_T0_US="${EPOCHREALTIME/./}" "${bare[@]}" >"$work/out" 2>/dev/null || true ;;
        bare-gl) timeout 300 env "$@" MYELIN_BENCH_T0_US="${EPOCHREALTIME/./}" "${bare[@]}" >"$work/out" 2>/dev/null || true ;;
        bare-pages) # in Myelin's drawing mode
            [[ $mode == software ]] && set -- "$@" QT_QUICK_BACKEND=software
            timeout 300 env "$@" MYELIN_BENCH_T0_US="${EPOCHREALTIME/./}" "${bare[0]}" "$pages" "$slug" >"$work/out" 2>/dev/null || true ;;
    esac
}
value() { awk -v k="$1" '$1 == k {print $2; exit}' "$work/out"; }
load() { cut -d' ' -f1 /proc/loadavg >>"$work/load-$1"; }
median() { grep -E '^[0-9.]+' | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else {v = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf (v >= 100 ? "%.0f\n" : "%.3g\n"), v}}'; }
med() { median <"$work/$1"; } # median of a file's numbers
evict() { # drop every mapped file of the programs (and the content) from the page cache
    python3 - "$work/maps" "$marked" <<'EOF'
import os, sys
paths = set(open(sys.argv[1]).read().split("\n")) | {sys.argv[2]}
for path in paths:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        continue
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)
EOF
}
order() { # round: the programs in a rotating order
    local r=$(($1 % ${#programs[@]}))
    echo "${programs[@]:r}" "${programs[@]:0:r}"
}

# Which mode Myelin draws in here, and the files both programs map (for the cold runs); also warms up.
: >"$work/maps"
run myelin MYELIN_BENCH_MAPS="$work/maps"
mode=$(value drawing)
[[ -n $mode ]] || { echo "bench-startup.sh: Myelin did not start:" >&2; cat "$work/out" >&2; exit 1; }
run bare-sw MYELIN_BENCH_MAPS="$work/maps"
run bare-gl MYELIN_BENCH_MAPS="$work/maps"
same=$([[ $mode == software ]] && echo bare-sw || echo bare-gl)
other=$([[ $mode == software ]] && echo bare-gl || echo bare-sw)

echo "corpus: $db ($(du -k "$db" | cut -f1) kB, $(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM articles").fetchone()[0])' "$db") articles), first article: $slug"
echo "Myelin draws pages in $mode here: ratios are to $same, the bare program drawing in $mode (bare-sw: QT_QUICK_BACKEND=software, bare-gl: OpenGL)"

startup() { # kind (warm|cold): interleaved rounds, per-round ratios
    local kind=$1
    for p in "${programs[@]}"; do : >"$work/$kind-$p"; done
    for m in "${readers[@]}"; do : >"$work/$kind-$m-ratio-same" && : >"$work/$kind-$m-ratio-other"; done
    : >"$work/load-$kind"
    for ((i = 0; i < runs; i++)); do
        for p in $(order "$i"); do
            [[ $kind == cold ]] && evict
            load "$kind"
            run "$p"
            echo "$(value tree-painted-ms) $(value first-article-ms) $(value first-article-loaded-ms) $(value memory-pss-kb)" >>"$work/$kind-$p"
        done
        for m in "${readers[@]}"; do
            paste -d' ' <(tail -n1 "$work/$kind-$m") <(tail -n1 "$work/$kind-$same") <(tail -n1 "$work/$kind-$other") |
                awk -v s="$work/$kind-$m-ratio-same" -v o="$work/$kind-$m-ratio-other" \
                    'NF == 12 && $2 > 0 && $6 > 0 && $10 > 0 {print $2 / $6 >> s; print $2 / $10 >> o}'
        done
    done
    for p in "${programs[@]}"; do
        printf '%-7s %-4s tree painted %6s ms  article on screen %6s ms (loadFinished %6s ms)  memory %4s MB\n' \
            "$p" "$kind" "$(cut -d' ' -f1 "$work/$kind-$p" | median)" "$(cut -d' ' -f2 "$work/$kind-$p" | median)" \
            "$(cut -d' ' -f3 "$work/$kind-$p" | median)" "$(cut -d' ' -f4 "$work/$kind-$p" | median | awk '{printf "%d", $1/1024}')"
    done
    for m in "${readers[@]}"; do
        printf 'ratio %s/%s first article (%s): %.2f   (%s/%s: %.2f)   median of %d rounds (%d complete), load average %s\n' \
            "$m" "$same" "$kind" "$(med "$kind-$m-ratio-same")" "$m" "$other" "$(med "$kind-$m-ratio-other")" "$runs" \
            "$(wc -l <"$work/$kind-$m-ratio-same")" "$(median <"$work/load-$kind")"
    done
    [[ -z $ratios_file ]] || echo "first-article-$kind $(med "$kind-myelin-ratio-same")" >>"$ratios_file"
}

switch_ratios() { # a b: a's switch p50, p95 and memory with one article over b's, round by round
    paste -d' ' "$work/switch-$1" "$work/switch-$2" | awk '$1 > 0 && $8 > 0 && $3 > 0 {print $1 / $8, $2 / $9, $3 / $10}'
}

switching() {
    [[ $with_pages == 0 ]] || programs+=(bare-pages)
    for p in "${programs[@]}"; do : >"$work/switch-$p" >"$work/phases-$p"; done
    : >"$work/load-switch"
    for ((i = 0; i < switch_runs; i++)); do
        for p in $(order "$i"); do
            load switch
            MYELIN_BENCH_SWITCH=$switches MYELIN_BENCH_DWELL_MS=${MYELIN_BENCH_DWELL_MS:-400} \
                MYELIN_BENCH_SETTLE_MS=${MYELIN_BENCH_SETTLE_MS:-1000} run "$p"
            load switch
            awk '/^switch-ms/ {p50=$3; p95=$5; n=$9}
                 /^memory-after-switches-kb/ {after=$2; settled=$7; sub(/\)/, "", settled)}
                 /^sql-queries-per-switch/ {q=$2}
                 END {print p50+0, p95+0, int(settled/1024), int(after/1024), int((after-settled)/1024), n+0, (q == "" ? "-" : q)}' \
                "$work/out" >>"$work/switch-$p"
            grep -E '^switch-(loaded|phase-)' "$work/out" | awk '{print $1, $3}' >>"$work/phases-$p" || true
        done
    done
    for m in "${readers[@]}"; do switch_ratios "$m" "$same" >"$work/switch-$m-ratios"; done
    for p in "${programs[@]}"; do
        printf '%-10s switch p50 %6s ms  p95 %6s ms  (%s switches a run)  memory: one article %4s MB, after %s more %4s MB (+%s MB)' \
            "$p" "$(cut -d' ' -f1 "$work/switch-$p" | median)" "$(cut -d' ' -f2 "$work/switch-$p" | median)" \
            "$(cut -d' ' -f6 "$work/switch-$p" | median)" "$(cut -d' ' -f3 "$work/switch-$p" | median)" "$switches" \
            "$(cut -d' ' -f4 "$work/switch-$p" | median)" "$(cut -d' ' -f5 "$work/switch-$p" | median)"
        printf '  SQL queries per switch %s\n' "$(cut -d' ' -f7 "$work/switch-$p" | median)"
        if [[ ${MYELIN_BENCH_PHASES:-0} != 0 && -s $work/phases-$p ]]; then # medians of each run's p50, in ms
            printf '        where a switch goes (ms):'
            for phase in loaded-ms phase-request-ms phase-response-end-ms phase-dom-interactive-ms phase-load-end-ms; do
                printf ' %s %s' "${phase%-ms}" "$(awk -v k="switch-$phase" '$1 == k {print $2}' "$work/phases-$p" | median)"
            done
            printf '\n'
        fi
    done
    local p50 p95 mem
    for m in "${readers[@]}"; do
        p50=$(cut -d' ' -f1 "$work/switch-$m-ratios" | median)
        p95=$(cut -d' ' -f2 "$work/switch-$m-ratios" | median)
        mem=$(cut -d' ' -f3 "$work/switch-$m-ratios" | median)
        printf 'ratio %s/%s: switch p50 %s, p95 %s, memory with one article %s   median of %d rounds (%d complete), load average %s\n' \
            "$m" "$same" "$p50" "$p95" "$mem" "$switch_runs" "$(wc -l <"$work/switch-$m-ratios")" "$(median <"$work/load-switch")"
    done
    if [[ $with_pages != 0 ]]; then
        local a b
        for pair in "myelin bare-pages" "bare-pages $same"; do
            read -r a b <<<"$pair"
            switch_ratios "$a" "$b" >"$work/pair"
            printf 'ratio %s/%s: switch p50 %s, p95 %s\n' "$a" "$b" "$(cut -d' ' -f1 "$work/pair" | median)" \
                "$(cut -d' ' -f2 "$work/pair" | median)"
        done
    fi
    p50=$(cut -d' ' -f1 "$work/switch-myelin-ratios" | median)
    p95=$(cut -d' ' -f2 "$work/switch-myelin-ratios" | median)
    mem=$(cut -d' ' -f3 "$work/switch-myelin-ratios" | median)
    if [[ -n $ratios_file ]]; then
        printf 'switch-p50 %s\nswitch-p95 %s\nmemory-one-article %s\nmemory-growth-mb %s\n' "$p50" "$p95" "$mem" \
            "$(cut -d' ' -f5 "$work/switch-myelin" | median)" >>"$ratios_file"
    fi
}

first_start() { # no settings yet: the comfort dialog against the first article
    : >"$work/load-first"
    for m in "${readers[@]}"; do : >"$work/first-$m"; done
    for ((i = 0; i < first_starts; i++)); do
        for m in "${readers[@]}"; do
            rm -rf "$work/fresh" && mkdir -p "$work/fresh"
            load first
            XDG_CONFIG_HOME=$work/fresh MYELIN_BENCH_DIALOGS=1 MYELIN_BENCH_SWITCH=0 run "$m"
            echo "$(value dialog-painted-ms) $(value first-article-ms)" >>"$work/first-$m"
        done
    done
    for m in "${readers[@]}"; do
        awk -v m="$m" '{ if ($1 == "" || NF < 2) none++; else d = d " " int($2 - $1) } END {
            printf "%s first start (no settings): the comfort dialog painted before the article by%s ms (negative: after it), %d runs without both\n", m, d, none + 0 }' \
            "$work/first-$m"
    done
    printf 'first start: %d runs each, load average %s\n' "$first_starts" "$(median <"$work/load-first")"
}

startup warm
[[ $cold == 1 ]] && startup cold
[[ $switch_runs -gt 0 ]] && switching
[[ $first_starts -gt 0 ]] && first_start
exit 0
