#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzzers (tests/fuzz: libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer, Clang)
# in a build folder of their own and runs each for SECONDS seconds (60 unless given), one after the
# other. Prints, per fuzzer, its executions per second and executions in all (libFuzzer's final stats),
# and fails on any crash, leak, sanitiser report, time-out (10 s for one input) or memory over 2 GiB,
# naming the input that caused it: copy it to tests/fixtures/fuzz/<target>/<name> (tst_fuzz_replay
# replays it in the normal build), fix the bug and run again.
#   tests/fuzz/run-fuzzers.sh [SECONDS [TARGET...]]   (targets: article html svg search handout; all by default)
# MYELIN_FUZZ_BUILD_DIR: the build folder (build-fuzz beside the sources); MYELIN_JOBS: build jobs.
# The corpus each fuzzer grows stays in the build folder (corpus/<target>) for the next run.
set -euo pipefail
all=(article html svg search handout)
usage() {
    echo "usage: $0 [SECONDS [TARGET...]]   (seconds for each fuzzer, default 60; targets: ${all[*]})" >&2
    exit 2
}
seconds=${1:-60}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || usage
targets=("${@:2}")
((${#targets[@]})) || targets=("${all[@]}")
for target in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $target "* ]] || usage
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${MYELIN_FUZZ_BUILD_DIR:-$here/build-fuzz}
jobs=${MYELIN_JOBS:-$(nproc 2>/dev/null || echo 2)}
say() { printf '\n==> %s\n' "$*"; }

command -v clang++ >/dev/null || { echo "clang++ is missing (Debian: apt-get install clang libclang-rt-dev; scripts/setup.sh test installs them)" >&2; exit 1; }

say "Configuring the fuzz build in $build (Clang, sanitizers)"
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMYELIN_FUZZ=ON \
    -DMYELIN_BUILD_TESTS=OFF -DMYELIN_WERROR=ON "${launcher[@]}" >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; exit 1; }
say "Building the fuzzers with $jobs parallel jobs"
cmake --build "$build" -j "$jobs" --target fuzzers

# A smaller quarantine than AddressSanitizer's 256 MB (use after free is still found while the freed
# memory waits there): the targets allocate a lot, and page faults would halve their speed.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=64}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
results=()
for target in "${targets[@]}"; do
    corpus=$build/corpus/$target
    artifacts=$build/artifacts/$target
    log=$build/logs/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    say "Fuzzing $target for $seconds s (log: $log)"
    status=0
    "$build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$here/tests/fuzz/dict/$target.dict" -artifact_prefix="$artifacts/" \
        "$corpus" "$build/tests/fuzz/seeds/$target" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    line=$(printf '%-8s %9s exec/s %12s execs' "$target" "${rate:-?}" "${execs:-?}")
    if ((status == 0)); then
        results+=("$line  ok")
        echo "$line"
        continue
    fi
    results+=("$line  FAILED (exit $status)")
    failed+=("$target")
    tail -n 60 "$log"
    while IFS= read -r input; do
        echo "failing input of $target: $input"
    done < <(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
done

say "Fuzzers, $seconds s each"
printf '    %s\n' "${results[@]}"
if ((${#failed[@]})); then
    echo "FAIL: ${failed[*]}: copy each failing input to tests/fixtures/fuzz/<target>/<name> and fix the bug" >&2
    exit 1
fi
echo "all ${#targets[@]} fuzzers ran $seconds s each without a finding"
