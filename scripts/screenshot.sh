#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes a screenshot of the real reader in a virtual X display (Xvfb), as a user would see it.
# usage: scripts/screenshot.sh OUT.png [--theme light|cream|dark|contrast|system] [--text PERCENT] [--first-run]
#                                [myelin arguments...]
#   --theme      the colour theme to show (default: light)
#   --text       the text size in percent (default: 100)
#   --first-run  show the first-run comfort page (otherwise it is marked as already seen)
#   --data DIR   keep the user's data (the user database) in DIR instead of a throw-away folder
#   --keys KEYS  press these keys (xdotool key names, e.g. ctrl+shift+m) before the picture is taken
# Needs: xvfb, x11-apps (xwd), imagemagick. Uses a throw-away settings folder, so each run is a fresh start.
set -euo pipefail
out=$1
shift
theme=light
text=100
first_run=0
data=
keys=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --theme) theme=$2; shift 2 ;;
        --text) text=$2; shift 2 ;;
        --first-run) first_run=1; shift ;;
        --data) data=$2; shift 2 ;;
        --keys) keys=$2; shift 2 ;;
        *) break ;;
    esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exe=${MYELIN_EXE:-$here/build/bin/myelin}
size=${MYELIN_SCREEN:-1280x800}
display=:$((90 + RANDOM % 9))
home=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
mkdir -p "$home/config/Myelin"
if [[ $first_run -eq 0 ]]; then
    printf '[comfort]\nfirstRunDone=true\ntheme=%s\n' "$theme" >"$home/config/Myelin/myelin.conf"
fi
printf '[reading]\nfontPercent=%s\n' "$text" >>"$home/config/Myelin/myelin.conf"
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi # root only: Chromium refuses otherwise
DISPLAY=$display XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=${data:-$home/data} QT_QPA_PLATFORM=xcb \
    "$exe" "$@" >"$home/app.log" 2>&1 &
app=$!
sleep "${MYELIN_SETTLE:-4}"
DISPLAY=$display xdotool search --sync --onlyvisible --class myelin windowsize 100% 100% >/dev/null 2>&1 || true
sleep 1
if [[ -n $keys ]]; then
    # shellcheck disable=SC2086 # one key chord per word
    DISPLAY=$display xdotool search --onlyvisible --class myelin windowfocus --sync >/dev/null 2>&1 || true
    DISPLAY=$display xdotool key --delay 300 $keys
    sleep "${MYELIN_SETTLE_KEYS:-2}"
fi
DISPLAY=$display xwd -root -silent | convert xwd:- "$out"
echo "wrote $out"
