#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes a screenshot of the real reader in a virtual X display (Xvfb), as a user would see it.
# usage: scripts/screenshot.sh OUT.png [myelin arguments...]
# Needs: xvfb, x11-apps (xwd), imagemagick. Uses a throw-away settings folder.
set -euo pipefail
out=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exe=${MYELIN_EXE:-$here/build/bin/myelin}
size=${MYELIN_SCREEN:-1280x800}
display=:$((90 + RANDOM % 9))
home=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi # root only: Chromium refuses otherwise
DISPLAY=$display XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_QPA_PLATFORM=xcb \
    "$exe" "$@" >"$home/app.log" 2>&1 &
app=$!
sleep "${MYELIN_SETTLE:-4}"
DISPLAY=$display xdotool search --sync --onlyvisible --class myelin windowsize 100% 100% >/dev/null 2>&1 || true
sleep 1
DISPLAY=$display xwd -root -silent | convert xwd:- "$out"
echo "wrote $out"
