#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A CI job's summary: its test counts (from the ctest output in LOG) and the installer it made.
# usage: .ci/summary.sh TITLE LOG PATTERN LABEL [NOTE]    e.g. .ci/summary.sh "Linux" ctest.log '*.deb' Package
# Prints Markdown; the workflow appends it to $GITHUB_STEP_SUMMARY.
set -uo pipefail
title=$1 log=$2 pattern=$3 label=$4 note=${5:-}
echo "### $title"
echo
result=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" 2>/dev/null | tail -n 1)
if [[ $result =~ ^[0-9]+%\ tests\ passed,\ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
    failed=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
    skipped=$(grep -c -E '\*\*\*Skipped' "$log")
    echo "- Tests: $((total - failed - skipped)) passed, $failed failed, $skipped skipped, out of $total"
else
    echo "- Tests: no result (the build or the test run did not finish)"
fi
installer=$(find build/packages -maxdepth 1 -name "$pattern" 2>/dev/null | head -n 1)
if [[ -n $installer ]]; then
    size=$(wc -c <"$installer")
    echo "- $label: \`$(basename "$installer")\`, $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }') MiB${note:+ $note}"
else
    echo "- $label: not made"
fi
