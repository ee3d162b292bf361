#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a fresh prefix (with a space in its path) with `cmake --install --prefix`,
# checks the exact file list, then runs the installed programs from another working directory with an
# empty environment (no display): they must find their content relative to themselves, so the
# installation works wherever it is put, and no file may name the build or source folder.
# Usage: check-install.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 src=$2 version=$3
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=filelist.sh
. "$here/filelist.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/Any Folder/myelin"
cmake --install "$build" --prefix "$prefix" --strip >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }
(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/files"
echo "installed $(wc -l <"$work/files") files into $prefix"
compare_file_list "$here/installed-files.txt" "$work/files" || fail "the installed files differ from tests/packaging/installed-files.txt"

# Relocatable: another folder, an empty environment, no display, no path to the build.
mkdir -p "$work/elsewhere" "$work/home"
run() { (cd "$work/elsewhere" && env -i HOME="$work/home" PATH=/usr/bin:/bin "$@"); }
out=$(run "$prefix/bin/myelin" --version) || fail "installed myelin --version exited $?: $out"
echo "$out"
grep -qx "Myelin $version" <<<"$out" || fail "installed myelin --version does not say Myelin $version"
grep -q "^Content [0-9]" <<<"$out" || fail "installed myelin did not find its content (no Content line)"
expected=$(QT_QPA_PLATFORM=offscreen "$build/bin/myelin" --version)
[[ $out == "$expected" ]] || fail "installed and build-tree --version differ: '$out' vs '$expected'"
out=$(run "$prefix/bin/myelin-build" --version) || fail "installed myelin-build --version failed"
grep -q "$version" <<<"$out" || fail "installed myelin-build --version does not name $version: $out"
run "$prefix/bin/myelin-build" "$src/tests/fixtures/mini" -o "$work/elsewhere/mini.db" >"$work/compile.log" 2>&1 \
    || { cat "$work/compile.log"; fail "the installed myelin-build could not compile tests/fixtures/mini"; }
out=$(run "$prefix/bin/myelin" --version --content "$work/elsewhere/mini.db") || fail "myelin --content mini.db"
echo "installed myelin-build compiled a collection the installed myelin reads: $(sed -n 2p <<<"$out")"

# No absolute path from this machine's build is compiled into or written to any installed file.
for dir in "$build" "$src"; do
    if leaks=$(grep -rlF -- "$dir" "$prefix"); then
        fail "these installed files name $dir: $leaks"
    fi
done
echo "PASS: relocatable installation"
