#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Myelin's .deb on a clean Debian 12 system, as a user would, and removes it again:
#   1. a minimal Debian 12 root (debootstrap --variant=minbase bookworm, from this machine's own apt
#      sources; the base is cached as a tarball under /var/tmp/myelin-test-install, refreshed weekly)
#   2. apt-get install ./myelin_*.deb, which must pull in every dependency dpkg-shlibdeps computed
#   3. myelin --version and myelin-build --version from another folder, a headless PDF export of one
#      article, then apt-get purge myelin and a check that nothing of it is left behind.
# Usage: packaging/linux/test-install.sh [BUILD_DIR | myelin_VERSION_ARCH.deb]   (default: ./build)
# Needs root (debootstrap, chroot) and debootstrap; scripts/setup.sh test installs it.
set -euo pipefail
started=$SECONDS
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
arg=${1:-${MYELIN_BUILD_DIR:-$repo/build}}
cache=${MYELIN_TEST_INSTALL_CACHE:-/var/tmp/myelin-test-install}
say() { printf '\n==> [%3d s] %s\n' "$((SECONDS - started))" "$*"; }
die() { echo "test-install: $*" >&2; exit 1; }

if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "needs root (debootstrap and chroot)"
    exec sudo --preserve-env=MYELIN_BUILD_DIR,MYELIN_TEST_INSTALL_CACHE "$0" "$@"
fi
for tool in debootstrap chroot dpkg-deb mount; do
    command -v "$tool" >/dev/null || die "$tool not found (Debian: apt-get install debootstrap; scripts/setup.sh test installs it)"
done

# The package: given, or made from the build directory.
if [[ $arg == *.deb ]]; then
    deb=$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")
else
    say "Making the .deb in $arg"
    (cd "$arg" && cpack -G DEB) >/dev/null || die "cpack -G DEB failed in $arg"
    deb=$(ls -t "$arg"/packages/myelin_*.deb | head -1)
fi
[[ -f $deb ]] || die "no package at $deb"
echo "package: $deb ($(($(stat -c %s "$deb") / 1024)) KiB)"

# This machine's Debian mirror (deb822 sources first, then the one-line format).
mirror=""
if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
elif [[ -f /etc/apt/sources.list ]]; then
    mirror=$(awk '$1 == "deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list)
fi
# None found: debootstrap's own default, never a host name written here.

mkdir -p "$cache/archives"
base=$cache/bookworm-minbase.tar
if [[ -f $base && -n $(find "$base" -mtime +7) ]]; then
    rm -f "$base" # a week old: take a fresh one, with this week's security updates
fi
if [[ ! -f $base ]]; then
    say "Making a minimal Debian 12 root from ${mirror:-the default mirror of debootstrap} (cached in $base)"
    tmp=$(mktemp -d "$cache/debootstrap.XXXXXX")
    debootstrap --variant=minbase bookworm "$tmp" ${mirror:+"$mirror"} >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log"; rm -rf --one-file-system "$tmp"; die "debootstrap failed"; }
    # The same apt sources and settings as this machine (Debian's only; not third-party ones).
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
        cp /etc/apt/sources.list.d/debian.sources "$tmp/etc/apt/sources.list.d/"
        rm -f "$tmp/etc/apt/sources.list"
    fi
    apt-config dump | grep -E '^Acquire::(Check-Valid-Until|Check-Date|https?::Proxy) ' >"$tmp/etc/apt/apt.conf.d/90host" || true
    tar -C "$tmp" -cf "$base" . && rm -rf --one-file-system "$tmp"
fi

root=$(mktemp -d "$cache/root.XXXXXX")
cleanup() {
    for m in var/cache/apt/archives dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
    if grep -q " $root/" /proc/mounts; then echo "still mounted under $root; leaving it" >&2; return; fi
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
chmod 755 "$root" # apt's _apt user must reach /var/lib/apt inside
for m in proc sys dev dev/pts; do mount --bind "/$m" "$root/$m"; done
# Downloaded packages are kept between runs, so only the first run downloads Qt WebEngine.
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/" 2>/dev/null || true
cp "$deb" "$root/tmp/"
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

passed=0 failed=0
check() { # NAME COMMAND...: runs a check inside the root and counts it
    local name=$1
    shift
    if "$@"; then
        echo "  ok: $name"
        passed=$((passed + 1))
    else
        echo "  FAILED: $name" >&2
        failed=$((failed + 1))
    fi
}

say "apt-get install ./$(basename "$deb") on Debian 12 (minbase)"
in_root apt-get update -qq
install_started=$SECONDS
in_root bash -c "cd /tmp && apt-get install -y -q ./$(basename "$deb")" >"$cache/apt-install.log" 2>&1 \
    || { tail -30 "$cache/apt-install.log"; die "apt-get install failed (log: $cache/apt-install.log)"; }
echo "installed in $((SECONDS - install_started)) s; $(grep -oE '[0-9]+ newly installed' "$cache/apt-install.log") packages"
installed() { in_root dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -qx 'install ok installed'; }
check "myelin is installed" installed myelin
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//')
all_installed() { for package in "$@"; do installed "$package" || { echo "  not installed: $package" >&2; return 1; }; done; }
# shellcheck disable=SC2086 # one package name per word
check "every dependency of the .deb is installed" all_installed $depends

say "Running the installed programs from another folder"
version=$(in_root bash -c 'cd /tmp && myelin --version') || true
echo "$version" | sed 's/^/  /'
check "myelin --version finds its content" grep -q '^Content [0-9]' <<<"$version"
check "myelin-build --version" in_root bash -c 'cd /tmp && myelin-build --version'
check "the desktop file is installed" in_root test -f /usr/share/applications/org.myelin.Myelin.desktop
check "the man page is installed" in_root test -f /usr/share/man/man1/myelin.1.gz

if in_root myelin export --help >/dev/null 2>&1; then
    slug=what-is-ms
    # Chromium refuses to start as root without this; a chroot cannot give it a user namespace for
    # its sandbox either (tests/support does the same for root). The installed app never sets it.
    pdf_run() {
        in_root env QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
            bash -c "cd /tmp && myelin export --pdf /tmp/out.pdf $slug" >"$cache/export.log" 2>&1
    }
    check "myelin export --pdf out.pdf $slug" pdf_run
    check "the PDF is a PDF" bash -c "[[ \$(head -c 5 '$root/tmp/out.pdf') == %PDF- ]]"
    echo "  PDF: $(stat -c %s "$root/tmp/out.pdf" 2>/dev/null || echo 0) bytes"
else
    echo "  NOTE: this myelin has no 'export' command yet; the headless PDF export was not tried." >&2
fi

say "apt-get purge myelin"
in_root apt-get purge -y -q myelin >"$cache/apt-purge.log" 2>&1 || { cat "$cache/apt-purge.log"; die "apt-get purge failed"; }
check "dpkg no longer has myelin" bash -c "! chroot '$root' dpkg-query -W myelin >/dev/null 2>&1"
leftovers=$(cd "$root" && ls -d usr/share/myelin usr/bin/myelin* usr/share/icons/hicolor/*/apps/org.myelin.Myelin.* \
    usr/share/applications/org.myelin.Myelin.desktop usr/share/metainfo/org.myelin.Myelin.metainfo.xml \
    usr/share/man/man1/myelin*.1.gz usr/share/doc/myelin 2>/dev/null || true)
[[ -z $leftovers ]] || echo "left behind: $leftovers" >&2
check "nothing of Myelin is left behind" test -z "$leftovers"

echo
echo "test-install took $((SECONDS - started)) s"
echo "test-install: $passed passed, $failed failed"
((failed == 0))
