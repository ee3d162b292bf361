#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The reader paints its window before it loads Qt WebEngine (issue 21, app/ui/assembly/engine.h): on
# Linux the program must not need any web engine library (nor Qt Quick, Qml or Qt Pdf, which come
# with it); the module myelin-engine must, and must be there.
#   check-program-half.sh PROGRAM MODULE
set -uo pipefail
program=$1 module=$2
needed() { LC_ALL=C readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
if ! program_needs=$(needed "$program") || [[ -z $program_needs ]]; then
    echo "cannot read the libraries $program needs"
    exit 1
fi
heavy=$(grep -E '^libQt6(WebEngine|Quick|Qml|Pdf|PrintSupport|TextToSpeech)' <<<"$program_needs")
if [[ -n $heavy ]]; then
    echo "FAIL: $program needs what only the engine half should: $(tr '\n' ' ' <<<"$heavy")"
    exit 1
fi
if [[ ! -f $module ]] || ! grep -q '^libQt6WebEngineWidgets' <<<"$(needed "$module")"; then
    echo "FAIL: the engine module $module is missing or does not hold the web engine half"
    exit 1
fi
echo "ok: $(basename "$program") needs $(wc -l <<<"$program_needs") libraries, none of the web engine's"
