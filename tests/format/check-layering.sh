#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The code's shape (CONTRIBUTING.md, "How the code depends on itself"), checked on the #include lines:
# a folder includes only the folders it may use, and only the shell and main.cpp see mainwindow.h.
#   check-layering.sh SOURCE_DIR
set -uo pipefail
cd "$1/app" || exit 1
problems=0
# folder: the folders (under app/) it may include, beside itself and Qt
declare -A allowed=(
    [core]=""
    [userdata]="core"
    [export]="core"
    [web]="core"
    [update]="core"
    [compiler]="core update"
    [ui/shell]="core web userdata"
    [ui/search]="core web userdata ui/shell"
    [ui/comfort]="core web userdata ui/shell"
    [ui/print]="core web userdata export ui/shell"
    [cli]="core web userdata export update ui/print ui/shell"
    [ui/update]="core web userdata update ui/shell"
    [ui/mydata]="core web userdata ui/shell"
    [ui/bookmarks]="core web userdata ui/shell"
    [ui/notes]="core web userdata ui/shell"
    [ui/questions]="core web userdata export ui/shell"
    [ui/assembly]="core web userdata export update cli ui/shell ui/search ui/comfort ui/print ui/update ui/mydata ui/bookmarks ui/notes ui/questions"
)
for folder in "${!allowed[@]}"; do
    while IFS=: read -r file _ line; do
        target=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$line")
        [[ $target == */* ]] || continue # a header of the same folder
        dir=$(dirname "$target")
        ok=0
        for may in $folder ${allowed[$folder]}; do
            [[ $dir == "$may" ]] && ok=1
        done
        if ((!ok)); then
            echo "not allowed: $folder/$(basename "$file") includes $target"
            problems=$((problems + 1))
        fi
        if [[ $target == ui/shell/mainwindow.h && $folder != ui/shell && $folder != ui/assembly ]]; then
            echo "not allowed: $folder/$(basename "$file") includes mainwindow.h (use ui/shell/readerhost.h)"
            problems=$((problems + 1))
        fi
    done < <(grep -n '#include "' "$folder"/*.cpp "$folder"/*.h 2>/dev/null)
done
# Widgets and the web engine stay out of core, userdata, update and export.
if grep -n '#include <Q\(Widget\|WebEngine\|Application\|MainWindow\|Dialog\)' core/*.{cpp,h} userdata/*.{cpp,h} update/*.{cpp,h} \
    export/*.{cpp,h} 2>/dev/null; then
    echo "not allowed: widgets or the web engine in a library that must not see them"
    problems=$((problems + 1))
fi
if ((problems)); then
    echo "FAIL: $problems include(s) against the layering in CONTRIBUTING.md" >&2
    exit 1
fi
echo "every #include under app/ keeps to the layering in CONTRIBUTING.md (${#allowed[@]} folders)"
