#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The project's screen-reader check: starts the real reader on a private X display (Xvfb) with its
# own D-Bus session and AT-SPI bus (nothing of the desktop's is touched), and has
# screenreader_check.py read what Orca would read: every control named, the article's headings
# exposed, the keyboard's stops focusable, in the first-run comfort page, the reading window and its
# dialogs. Exits 77 (ctest: skipped) when a tool it needs is missing, saying which package has it.
# usage: run-screenreader-check.sh MYELIN_EXE CONTENT_DB
set -uo pipefail
exe=$1
content=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=${MYELIN_A11Y_PYTHON:-/usr/bin/python3} # Debian's python, where python3-gi is installed
libexec=${MYELIN_ATSPI_LIBEXEC:-/usr/libexec}

skip() {
    echo "SKIP: $* (scripts/setup.sh test installs it)"
    exit 77
}
for tool in Xvfb dbus-run-session dbus-send setsid; do
    command -v "$tool" >/dev/null || skip "$tool is missing (Debian: xvfb, dbus-daemon, dbus-bin, util-linux)"
done
for tool in at-spi-bus-launcher at-spi2-registryd; do
    [[ -x $libexec/$tool ]] || skip "$libexec/$tool is missing (Debian: at-spi2-core)"
done
"$python" -c 'import gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi' 2>/dev/null ||
    skip "$python cannot read AT-SPI (Debian: python3-gi gir1.2-atspi-2.0)"

if [[ -z ${MYELIN_A11Y_INSIDE:-} ]]; then
    work=$(mktemp -d)
    xvfb=""
    finish() {
        [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
        rm -rf "$work"
    }
    trap finish EXIT
    # Xvfb picks a free display itself and writes its number.
    Xvfb -displayfd 1 -screen 0 1280x1024x24 -nolisten tcp >"$work/display" 2>"$work/xvfb.log" &
    xvfb=$!
    for _ in $(seq 100); do
        [[ -s $work/display ]] && break
        kill -0 "$xvfb" 2>/dev/null || break
        sleep 0.1
    done
    display=$(head -n 1 "$work/display" 2>/dev/null)
    if [[ -z $display ]]; then
        echo "FAIL: Xvfb did not start:"
        cat "$work/xvfb.log"
        exit 1
    fi
    mkdir -m 700 "$work/runtime"
    # Everything below runs inside its own D-Bus session, which ends with it.
    env -u DBUS_SESSION_BUS_ADDRESS -u AT_SPI_BUS_ADDRESS DISPLAY=":$display" XDG_RUNTIME_DIR="$work/runtime" \
        MYELIN_A11Y_INSIDE="$work" dbus-run-session -- "$0" "$exe" "$content" 2> >(grep -v 'Failed to set fd limit' >&2)
    exit $?
fi

work=$MYELIN_A11Y_INSIDE
pids=()
finish() {
    local pid
    for pid in "${pids[@]}"; do
        kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null
    done
    # The AT-SPI bus launcher's own dbus-daemon: stopped by its parent, or here by its id.
    for pid in $(cat "$work/bus-daemons" 2>/dev/null); do
        kill "$pid" 2>/dev/null
    done
}
trap finish EXIT

"$libexec/at-spi-bus-launcher" --launch-immediately --a11y=1 --screen-reader=1 >"$work/bus.log" 2>&1 &
launcher=$!
pids+=("$launcher")
# Ask for the address only once the launcher owns its name: asking earlier makes D-Bus start a
# second launcher, one this script does not know to stop.
for _ in $(seq 100); do
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true && break
    sleep 0.1
done
address=""
for _ in $(seq 100); do
    address=$(dbus-send --session --print-reply=literal --reply-timeout=1000 --dest=org.a11y.Bus /org/a11y/bus \
        org.a11y.Bus.GetAddress 2>/dev/null | tr -d ' \n')
    [[ -n $address ]] && break
    sleep 0.1
done
if [[ -z $address ]]; then
    echo "FAIL: the AT-SPI bus did not start:"
    cat "$work/bus.log"
    exit 1
fi
ps -o pid= --ppid "$launcher" >"$work/bus-daemons" 2>/dev/null
for property in IsEnabled ScreenReaderEnabled; do
    dbus-send --session --type=method_call --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
        string:org.a11y.Status string:$property variant:boolean:true
done
AT_SPI_BUS_ADDRESS=$address "$libexec/at-spi2-registryd" >>"$work/bus.log" 2>&1 &
pids+=("$!")
for _ in $(seq 100); do
    dbus-send --bus="$address" --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.atspi.Registry 2>/dev/null | grep -q true && break
    sleep 0.1
done

status=0
for mode in first-run reading; do
    home=$work/$mode
    mkdir -p "$home/config/Myelin" "$home/data"
    if [[ $mode == reading ]]; then
        printf '[comfort]\nfirstRunDone=true\n' >"$home/config/Myelin/myelin.conf"
        dialogs=(--dialog "Reading comfort" --dialog "Make a handout")
    else
        dialogs=(--first-run)
    fi
    # The real reader, as a screen-reader user starts it (Qt finds the AT-SPI bus through D-Bus; an
    # AT_SPI_BUS_ADDRESS in its environment would stop Qt 6.4 from registering).
    env -u AT_SPI_BUS_ADDRESS QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
        QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu LIBGL_ALWAYS_SOFTWARE=1 \
        XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" LC_ALL=C.UTF-8 \
        setsid "$exe" --content "$content" --open ccsvi >"$work/$mode.log" 2>&1 &
    app=$!
    pids+=("$app")
    echo "== $mode (myelin pid $app, display $DISPLAY)"
    "$python" "$here/screenreader_check.py" --pid "$app" "${dialogs[@]}"
    rc=$?
    if ((rc != 0)); then
        status=1
        echo "-- the reader's output:"
        grep -v '^ *\*\|^$' "$work/$mode.log" | tail -n 20
    fi
    kill -- "-$app" 2>/dev/null
    wait "$app" 2>/dev/null
done
exit $status
