#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Linux desktop metadata and man pages, checked as distributions and software centres do:
# desktop-file-validate, appstreamcli validate --no-net, man --warnings; then that they agree with
# each other, with the project version and with the programs' real --help.
# Usage: check-metadata.sh SOURCE_DIR MYELIN_EXE MYELIN_BUILD_EXE VERSION
set -euo pipefail
src=$1 myelin=$2 myelin_build=$3 version=$4
linux=$src/packaging/linux
id=org.myelin.Myelin
desktop=$linux/$id.desktop
metainfo=$linux/$id.metainfo.xml
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 not found (Debian: apt install $2; scripts/setup.sh installs it)" >&2; exit 1; }; }
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need man man-db

echo "== desktop-file-validate $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
echo "== appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

# The desktop file, the metainfo and the app agree on the id, icon and programs.
grep -qx "Icon=$id" "$desktop" || fail "the desktop file's Icon is not $id"
grep -qx "Exec=myelin %f" "$desktop" || fail "the desktop file does not start myelin (with the file opened)"
grep -qx "MimeType=application/x-myelin-pack;" "$desktop" || fail "the desktop file does not open content updates"
grep -q 'type="application/x-myelin-pack"' "$linux/$id.mime.xml" || fail "no shared-mime-info type for content updates"
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "metainfo launchable is not $id.desktop"
grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$src/app/main.cpp" || fail "app/main.cpp does not set the desktop file name $id"
# The newest release in the metainfo is this version (release notes are written with each bump).
first_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[[ $first_release == "$version" ]] || fail "the newest metainfo release is '$first_release', the project version is $version"
# Screenshots: https only, and each one a file in this repository.
while read -r url; do
    [[ $url == https://* ]] || fail "screenshot URL is not https: $url"
    repo_path=${url#https://raw.githubusercontent.com/myelin-reader/myelin/main/}
    [[ $repo_path != "$url" && -f $src/$repo_path ]] || fail "screenshot $url is not a file in the repository ($repo_path)"
done < <(grep -o '<image[^>]*>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g')
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "no OARS content rating"

# Man pages: no groff warnings, this version, and every option the programs really have.
for page in myelin myelin-build; do
    file=$linux/$page.1
    echo "== man --warnings $file"
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$file" 2>&1 >/dev/null || true)
    [[ -z $warnings ]] || fail "$page.1: $warnings"
    grep -q "^\.TH .*\"Myelin $version\"" "$file" || fail "$page.1 does not name Myelin $version in .TH"
done
check_options() { # PAGE EXE [SUBCOMMAND]: every long option in EXE [SUBCOMMAND] --help is in the man page
    local page=$1 exe=$2 help
    help=$(QT_QPA_PLATFORM=offscreen "$exe" "${@:3}" --help) || { fail "$exe ${*:3} --help failed"; return; }
    local rendered
    rendered=$(MANWIDTH=200 man -l "$linux/$page.1" 2>/dev/null)
    for option in $(grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
        grep -qF -- "$option" <<<"$rendered" || fail "$page.1 does not describe $option (from $page --help)"
    done
}
check_options myelin "$myelin"
check_options myelin-build "$myelin_build"
if QT_QPA_PLATFORM=offscreen "$myelin" export --help >/dev/null 2>&1; then
    check_options myelin "$myelin" export
fi
check_options myelin "$myelin" update

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "PASS: desktop file, AppStream metainfo and man pages"
