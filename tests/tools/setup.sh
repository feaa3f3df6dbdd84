#!/bin/sh
# Installs what the export tests read their output back with; CI runs it before the tests.
#  - xmllint (Debian package libxml2-utils): validates GraphML against the XSDs in tests/tools/graphml.
#  - dot (Debian package graphviz): parses the DOT output.
#  - tests/tools/cypher-lint: Neo4j's Cypher parser (npm @neo4j-cypher/language-support) for the Cypher script.
# python3 with networkx is expected to be present already (it reads the GraphML back).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"

missing=""
command -v xmllint >/dev/null 2>&1 || missing="$missing libxml2-utils"
command -v dot >/dev/null 2>&1 || missing="$missing graphviz"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

cd "$here/cypher-lint"
if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
else
    npm install --no-audit --no-fund --loglevel=error
fi

# --- report-check (issue 12): headless Chromium for the report.html test, playwright-core and ajv from npm.
# Separate from the tools above so it can be merged into one function per tool.
report_check() {
    if ! command -v chromium >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium
    fi
    (cd "$here/report-check" && npm ci --no-audit --no-fund --loglevel=error)
}
report_check
