#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer script, checked on Linux: CPack with Myelin's NSIS settings and template
# packages a small staged tree of fake files with makensis (Debian: nsis), and the result must be a
# Windows program that holds those files and installs per user without administrator rights.
# Usage: check-nsis.sh SOURCE_DIR ICO VERSION HOMEPAGE_URL
set -euo pipefail
source_dir=$1 ico=$2 version=$3 homepage=$4
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v makensis >/dev/null || fail "makensis not found (Debian: apt install nsis; scripts/setup.sh installs it)"
command -v 7z >/dev/null || fail "7z not found (Debian: apt install p7zip-full; scripts/setup.sh installs it)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S "$source_dir/tests/packaging/nsis" -B "$work/build" -DMYELIN_SOURCE_DIR="$source_dir" \
    -DMYELIN_ICO="$ico" -DMYELIN_VERSION="$version" -DMYELIN_HOMEPAGE_URL="$homepage" >"$work/configure.log" \
    || { cat "$work/configure.log"; fail "configuring the stand-in project"; }
(cd "$work/build" && cpack -G NSIS -B "$work/out") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; find "$work/out" -name NSISOutput.log -exec cat {} + 2>/dev/null; fail "cpack -G NSIS"; }

installer="$work/out/Myelin-$version-windows-x64.exe"
[[ -f $installer ]] || { ls -R "$work/out" | head -30; fail "no installer at $installer"; }
[[ $(head -c 2 "$installer") == MZ ]] || fail "$installer is not a Windows program (no MZ header)"
size=$(stat -c %s "$installer")
((size > 30000)) || fail "$installer is only $size bytes"
echo "built $(basename "$installer") ($size bytes)"

# The generated script: per user, the right folder, Start-menu shortcut, Apps & features entry.
nsi=$(find "$work/out" -name project.nsi | head -1)
[[ -n $nsi ]] || fail "CPack left no project.nsi"
expect() { grep -qF -- "$1" "$nsi" || fail "project.nsi lacks: $1"; }
expect 'RequestExecutionLevel user'
expect 'InstallDir "$LOCALAPPDATA\Programs\Myelin"'
expect 'CreateShortCut "$SMPROGRAMS\Myelin.lnk" "$INSTDIR\bin\myelin.exe"'
expect 'Software\Microsoft\Windows\CurrentVersion\Uninstall\Myelin'
expect 'WriteRegStr HKCU "${MYELIN_UNINSTALL_KEY}" "UninstallString"'
expect 'WriteUninstaller "$INSTDIR\Uninstall.exe"'
expect 'Delete "$INSTDIR\share\myelin\content.db"'
expect 'Delete "$INSTDIR\share\myelin\translations\myelin_en.qm"'
expect "!define VERSION \"$version\""
if grep -qE 'RequestExecutionLevel (admin|highest)|HKLM|SetShellVarContext all|\$PROGRAMFILES' "$nsi"; then
    fail "project.nsi asks for administrator rights or writes for all users"
fi

# The installer holds exactly the staged files, in their places.
listing=$(7z l -ba "$installer" | awk '{print $NF}' | tr '\\' '/' | sort)
for f in bin/myelin.exe bin/myelin-build.exe bin/Qt6Core.dll bin/platforms/qwindows.dll share/myelin/content.db \
    share/myelin/translations/myelin_en.qm; do
    grep -qx "$f" <<<"$listing" || { echo "$listing"; fail "the installer does not hold $f"; }
done
echo "the installer holds: $(tr '\n' ' ' <<<"$listing")"
echo "PASS: NSIS installer script"
