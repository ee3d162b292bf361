#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a screen reader (Orca) gets from the real reader through AT-SPI: runs the shared a11y audit
# (its own Xvfb, D-Bus and AT-SPI bus) on `myelin --open ccsvi`, with a fresh settings folder, once
# with the first-run comfort page open and once without, and fails unless every showing interactive
# control has a name and the article is exposed as a document with its headings.
# usage: run-audit.sh AUDIT_SCRIPT MYELIN_EXE
set -euo pipefail
audit=$1
exe=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for mode in first-run reading; do
    config=$work/$mode/config
    mkdir -p "$config/Myelin"
    if [[ $mode == reading ]]; then
        printf '[comfort]\nfirstRunDone=true\n' >"$config/Myelin/myelin.conf"
    fi
    report=$work/$mode.txt
    XDG_CONFIG_HOME=$config XDG_DATA_HOME=$work/$mode/data A11Y_SETTLE=${A11Y_SETTLE:-5} \
        "$audit" "$exe" --open ccsvi >"$report" 2>"$work/$mode.err" || true
    summary=$(tail -n 1 "$report")
    echo "$mode: $summary"
    if ! /usr/bin/python3 - "$summary" "$mode" <<'PY'; then
import json, sys
s = json.loads(sys.argv[1])
mode = sys.argv[2]
problems = []
if "error" in s:
    problems.append("audit error: " + s["error"])
else:
    if s.get("unnamed", 1) != 0:
        problems.append("%d unnamed interactive controls" % s.get("unnamed", -1))
    if not s.get("has_document"):
        problems.append("no web document exposed")
    if s.get("roles", {}).get("heading", 0) < 1:
        problems.append("the article's headings are not exposed")
    if not s.get("has_tree"):
        problems.append("no contents tree")
    if mode == "first-run" and s.get("roles", {}).get("dialog", 0) < 1:
        problems.append("the first-run comfort page did not appear")
for p in problems:
    print("FAIL (%s): %s" % (mode, p))
sys.exit(1 if problems else 0)
PY
        sed -n '/EMPTY accessible name/,/labelled-by/p' "$report" | head -40
        status=1
    fi
done
exit $status
