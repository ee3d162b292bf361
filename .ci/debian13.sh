#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI's second Linux build: the newer Qt the Windows and macOS installers use (Debian 13: Qt 6.8, GCC 14,
# CMake 3.31), in a clean Debian 13 root holding a fresh clone of this checkout's last commit:
#   1. the README's test command there (installs what is missing, builds with warnings as errors, ctest);
#   2. Clang with libc++, as macOS builds, warnings as errors: core, userdata, export and the content
#      compiler's library. They are compiled, not linked: Debian's Qt and yaml-cpp are built against
#      libstdc++, so a libc++ program could not link to them; macOS's own Qt is built with libc++.
# The root, with its installed packages, and the compiler cache are kept between runs under
# MYELIN_CI_CACHE (default /var/tmp/myelin-ci); the root is made anew once it is two weeks old, and the
# project is cloned afresh each run. Needs root, debootstrap and git.
#   .ci/debian13.sh [--shell]    --shell: an interactive shell in the root instead (for debugging)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${MYELIN_CI_CACHE:-/var/tmp/myelin-ci}
root=$cache/trixie-root
started=$SECONDS
say() { printf '\n==> [debian13 %4d s] %s\n' "$((SECONDS - started))" "$*"; }
die() { echo "debian13: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap and chroot)"
for tool in debootstrap chroot git mount; do
    command -v "$tool" >/dev/null || die "$tool not found (Debian: apt-get install debootstrap git)"
done
mkdir -p "$cache/ccache"

# This machine's Debian mirror, as apt has it; none: debootstrap's own default.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
if [[ -z $mirror && -f /etc/apt/sources.list ]]; then
    mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list)
fi

unmount_all() {
    for m in root/ccache root/project dev/shm dev/pts dev proc sys; do
        umount -l "$root/$m" 2>/dev/null || true
    done
}
trap unmount_all EXIT
unmount_all # a run that was killed may have left its mounts

if [[ -f $root/.made && -n $(find "$root/.made" -mtime +14) ]]; then
    say "The cached Debian 13 root is two weeks old: making a new one"
    rm -rf --one-file-system "$root"
fi
if [[ ! -f $root/.made ]]; then
    say "Making a minimal Debian 13 root from ${mirror:-the default mirror of debootstrap}"
    rm -rf --one-file-system "$root"
    debootstrap --variant=minbase trixie "$root" ${mirror:+"$mirror"} >"$cache/debootstrap.log" 2>&1 ||
        { tail -20 "$cache/debootstrap.log"; die "debootstrap failed (log: $cache/debootstrap.log)"; }
    if [[ -n $mirror ]]; then
        printf 'deb %s trixie main\ndeb %s trixie-updates main\n' "$mirror" "$mirror" >"$root/etc/apt/sources.list"
    fi
    apt-config dump | grep -E '^Acquire::(Check-Valid-Until|Check-Date|https?::Proxy) ' \
        >"$root/etc/apt/apt.conf.d/90host" || true
    touch "$root/.made"
fi
chmod 755 "$root"
for m in proc sys dev dev/pts dev/shm; do mount --bind "/$m" "$root/$m"; done
cp /etc/resolv.conf "$root/etc/" 2>/dev/null || true
# This machine's own certificate authorities (a proxy in front of the package registries may sign with
# one): the root trusts what the machine trusts, and Node.js is pointed at the system's bundle as here.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
mkdir -p "$root/root/ccache" "$root/root/project"
mount --bind "$cache/ccache" "$root/root/ccache"

# A fresh clone of the last commit, as CI and a newcomer have it (uncommitted changes are not in it).
clone=$cache/project
rm -rf --one-file-system "$clone"
git clone -q "$repo" "$clone"
mount --bind "$clone" "$root/root/project"

node_ca=()
if [[ -n ${NODE_EXTRA_CA_CERTS:-} ]]; then
    node_ca=(NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt)
fi
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        TERM=dumb CCACHE_DIR=/root/ccache CCACHE_MAXSIZE=2G "${node_ca[@]}" "$@"
}
if [[ ${1:-} == --shell ]]; then
    in_root bash -l
    exit
fi

say "Packages for the build cache and the Clang build"
in_root bash -c 'export DEBIAN_FRONTEND=noninteractive; apt-get update -qq &&
    apt-get install -y -qq --no-install-recommends ccache clang libc++-dev libc++abi-dev git ca-certificates >/dev/null &&
    update-ca-certificates >/dev/null'

say "The README's test command on Debian 13 ($(in_root bash -c '. /etc/os-release; echo $PRETTY_NAME'))"
t=$SECONDS
in_root bash -c 'cd /root/project &&
    MYELIN_CMAKE_ARGS=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache ./scripts/setup.sh test'
tests_seconds=$((SECONDS - t))

say "Clang and libc++, warnings as errors: core, userdata, export, the content compiler"
t=$SECONDS
in_root bash -c 'cd /root/project &&
    cmake -S . -B build-clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMYELIN_WERROR=ON -DMYELIN_BUILD_TESTS=OFF \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS=-stdlib=libc++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null &&
    cmake --build build-clang -j 2 --target myelin_core myelin_userdata myelin_export myelin_compiler_lib &&
    clang++ --version | head -n1'
clang_seconds=$((SECONDS - t))

say "Debian 13 passed: setup.sh test ${tests_seconds} s, Clang/libc++ build ${clang_seconds} s"
in_root ccache --show-stats 2>/dev/null | grep -Ei '^ *(hits|misses)|cache size' || true
