#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every C++ file of the project is formatted as .clang-format says (clang-format --dry-run --Werror).
# clang-format's output differs between major versions, so the check runs with the version the code is
# formatted with (Debian 12's clang-format 14) and says it skips (exit 77, ctest: skipped) elsewhere.
#   check-format.sh SOURCE_DIR
set -euo pipefail
src=$1
want=14
command -v clang-format >/dev/null || { echo "SKIP: clang-format is not installed (Debian: apt install clang-format)"; exit 77; }
have=$(clang-format --version | sed -E 's/.*version ([0-9]+).*/\1/')
if [[ $have != "$want" ]]; then
    echo "SKIP: the code is formatted with clang-format $want; this is clang-format $have, which formats differently"
    exit 77
fi
cd "$src"
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null || find app tests -name '*.cpp' -o -name '*.h')
((${#files[@]})) || { echo "FAIL: no C++ files found under $src" >&2; exit 1; }
if ! clang-format --dry-run --Werror "${files[@]}" 2>"${TMPDIR:-/tmp}/myelin-format.$$"; then
    grep -E '^[^ ].*: error:' "${TMPDIR:-/tmp}/myelin-format.$$" | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
    rm -f "${TMPDIR:-/tmp}/myelin-format.$$"
    echo "FAIL: run clang-format -i on the files above" >&2
    exit 1
fi
rm -f "${TMPDIR:-/tmp}/myelin-format.$$"
echo "${#files[@]} C++ files formatted as .clang-format says"
