#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# myelin.exe's resources (packaging/windows/myelin.rc.in, configured with the project version and the
# generated icon) compiled with a Windows resource compiler on Linux: mingw-w64's windres (Debian:
# binutils-mingw-w64-x86-64), using the system C preprocessor. The compiled resource must carry the
# version strings and the whole icon. Usage: check-windows-rc.sh CONFIGURED_RC ICO VERSION
set -euo pipefail
rc=$1 ico=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
windres=$(command -v x86_64-w64-mingw32-windres) || fail "x86_64-w64-mingw32-windres not found (Debian: binutils-mingw-w64-x86-64; scripts/setup.sh installs it)"
command -v cpp >/dev/null || fail "cpp not found"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$windres" --preprocessor=cpp --preprocessor-arg=-xc --input "$rc" --output-format=res --output "$work/myelin.res" \
    || fail "windres could not compile $rc"
# Version strings are UTF-16LE in the resource.
strings -el "$work/myelin.res" >"$work/strings"
for text in "ProductVersion" "$version" "$version.0" "Myelin" "myelin.exe" "GPL-3.0-or-later"; do
    grep -qF -- "$text" "$work/strings" || fail "the compiled resource lacks '$text'"
done
# The icon: every PNG inside the .ico is in the resource, byte for byte.
res_hex=$(od -An -v -tx1 "$work/myelin.res" | tr -d ' \n')
count=$(od -An -tu2 -j4 -N2 "$ico" | tr -d ' ')
((count == 6)) || fail "$ico holds $count images, expected 6"
for ((i = 0; i < count; i++)); do
    read -r size offset < <(od -An -tu4 -j$((6 + 16 * i + 8)) -N8 "$ico")
    [[ $res_hex == *"$(od -An -v -tx1 -j "$offset" -N "$size" "$ico" | tr -d ' \n')"* ]] \
        || fail "icon image $i ($size bytes) is not in the resource"
done
echo "compiled $(basename "$rc"): $(stat -c %s "$work/myelin.res") bytes with version $version and $count icon images"
echo "PASS: Windows version resource"
