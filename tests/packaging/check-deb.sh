#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack and checks it as apt would see it: its name and version, the
# exact file list (dpkg-deb -c), dependencies computed by dpkg-shlibdeps plus the two hand-listed
# Qt plugins, and that its programs run from the unpacked tree in another folder with no display.
# Prints the package's size, installed size and Depends line.
# Usage: check-deb.sh BUILD_DIR VERSION [OUT_DIR]   (OUT_DIR keeps the .deb; default: a temporary folder)
set -euo pipefail
build=$1 version=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=filelist.sh
. "$here/filelist.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps cpack; do
    command -v "$tool" >/dev/null || fail "$tool not found (Debian: dpkg-dev, cmake; scripts/setup.sh installs them)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${3:-$work/out}
(cd "$build" && cpack -G DEB -B "$out" -D CPACK_OUTPUT_FILE_PREFIX="$out/packages") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
arch=$(dpkg --print-architecture)
deb=$out/packages/myelin_${version}_$arch.deb
[[ -f $deb ]] || { cat "$work/cpack.log"; fail "no package at $deb"; }

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == myelin ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', the project is $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
echo "Depends: $depends"
has_dep() { tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qxF -- "$1"; }
# Computed by dpkg-shlibdeps from the binaries (these are libraries myelin links directly). Checked
# by library, not by one spelling of its package: Debian 12 ships libQt6Core.so.6 in libqt6core6,
# Debian 13 and Ubuntu 24.04 in libqt6core6t64.
package_of() { # the installed package that holds a shared library, e.g. libQt6Core.so.6
    local path
    path=$(ldconfig -p | awk -v lib="$1" '$1 == lib && /x86-64|64bit|AArch64/ {print $NF; exit}')
    [[ -n $path ]] || path=$(ldconfig -p | awk -v lib="$1" '$1 == lib {print $NF; exit}')
    [[ -n $path ]] || fail "no $1 on this system to check the package against"
    dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1 ||
        dpkg -S "$path" | head -n1 | cut -d: -f1
}
for lib in libc.so.6 libstdc++.so.6 libQt6Core.so.6 libQt6Widgets.so.6 libQt6Sql.so.6 libQt6WebEngineWidgets.so.6 \
    libQt6WebEngineCore.so.6; do
    pkg=$(package_of "$lib")
    [[ -n $pkg ]] || fail "no package holds $lib"
    has_dep "$pkg" || fail "Depends lacks $pkg (which holds $lib): dpkg-shlibdeps did not run?"
done
core=$(package_of libQt6Core.so.6)
grep -q "$core (>= " <<<"$depends" || fail "Depends has no versioned $core: not computed by dpkg-shlibdeps"
# ...plus the two plugins Qt loads at run time, which dpkg-shlibdeps cannot see.
for plugin in libqt6sql6-sqlite qt6-qpa-plugins; do
    has_dep "$plugin" || fail "Depends lacks the runtime plugin $plugin"
done

# The file list: exactly the expected files under /usr, nothing from the build tree.
dpkg-deb -c "$deb" >"$work/listing"
awk '$1 !~ /^d/ {print $6}' "$work/listing" | sed 's|^\./usr/||' | sort >"$work/files"
if grep -v '^\./usr/' <(awk '{print $6}' "$work/listing") | grep -vx '\./'; then
    fail "the package installs outside /usr"
fi
compare_file_list "$here/installed-files.txt" "$work/files" || fail "the package's files differ from tests/packaging/installed-files.txt"
if grep -E 'CMakeFiles|\.o$|/tst_|mini\.db|_autogen|\.cmake$' "$work/files"; then
    fail "build-tree files in the package"
fi
awk '$1 !~ /^d/ && $2 != "root/root" {bad=1; print "owner " $2 ": " $6} END {exit bad}' "$work/listing" \
    || fail "files not owned by root"

# Unpacked anywhere, the programs run and find their content (no display, another folder).
dpkg-deb -x "$deb" "$work/root"
mkdir -p "$work/elsewhere"
version_out=$(cd "$work/elsewhere" && env -i HOME="$work" PATH=/usr/bin:/bin "$work/root/usr/bin/myelin" --version) \
    || fail "unpacked myelin --version failed: $version_out"
grep -q "^Content [0-9]" <<<"$version_out" || fail "unpacked myelin did not find its content: $version_out"
if file "$work/root/usr/bin/myelin" | grep -q 'not stripped'; then fail "bin/myelin is not stripped"; fi

size=$(stat -c %s "$deb")
echo "package: $(basename "$deb"), $((size / 1024)) KiB; Installed-Size: $(field Installed-Size) KiB"
echo "$version_out" | sed 's/^/  /'
echo "PASS: Debian package"
