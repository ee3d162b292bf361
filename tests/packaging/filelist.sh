# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by check-install.sh and check-deb.sh: compare_file_list LIST_FILE ACTUAL_PATHS_FILE
# Prints each missing and each unexpected path; returns 1 when there is any.
compare_file_list() {
    local list=$1 actual=$2 bad=0 line path matched glob
    local -a required=() optional=()
    while IFS= read -r line; do
        [[ -z $line || $line == \#* ]] && continue
        if [[ $line == '? '* ]]; then optional+=("${line#? }"); else required+=("$line"); fi
    done <"$list"
    for path in "${required[@]}"; do
        grep -qxF -- "$path" "$actual" || { echo "missing from the installation: $path" >&2; bad=1; }
    done
    while IFS= read -r path; do
        matched=0
        for line in "${required[@]}"; do [[ $path == "$line" ]] && { matched=1; break; }; done
        if ((!matched)); then
            for glob in "${optional[@]}"; do
                # shellcheck disable=SC2053 # the glob is meant to match
                [[ $path == $glob ]] && { matched=1; break; }
            done
        fi
        ((matched)) || { echo "installed but not expected (build-tree leftover?): $path" >&2; bad=1; }
    done <"$actual"
    return $bad
}
