#!/bin/sh
# Provisions what the tests read outputs back with. The test assemblies run it before their first test
# (tests/tools/TestToolSetup.cs), so a plain `dotnet test` on a fresh machine checks outputs for real;
# run it by hand to provision ahead of time.
#
# One function per tool: it checks, and installs only when the check fails. Adding a tool is a
# function and a word in TOOLS.
#
# Safe to start several times at once: one lock per checkout (tests/tools/.cache/setup.lock) serialises
# runs of this checkout, the readiness check happens inside the lock, and the sentinel is written only
# after every tool passed its check. apt waits for the machine-wide dpkg lock, so two checkouts
# provisioning at once take turns there. Any failure exits non-zero with the reason on stderr.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
cache="$here/.cache"
TOOLS="xmllint graphviz networkx node cypher_parser chromium report_check"

say() { printf 'tests/tools/setup.sh: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        have sudo || fail "apt packages needed ($*) but not root and no sudo"
        sudo="sudo -n"
    fi
    # The dpkg lock is machine-wide: wait for another provisioning run instead of failing on it.
    tries=0
    until $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq \
        && $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@"; do
        tries=$((tries + 1))
        [ "$tries" -lt 3 ] || fail "apt-get install $* did not succeed after $tries attempts"
        sleep 10
    done
}

# Loads an npm package from a folder of this checkout. npm creates node_modules before it finishes,
# so the checks load the package rather than looking for the folder.
node_loads() {
    (cd "$here/$1" && node -e "import('$2').then(() => process.exit(0), () => process.exit(1))") 2>/dev/null
}

npm_ci() {
    (cd "$here/$1" && rm -rf node_modules && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci in tests/tools/$1"
}

# --- one function per tool: check_X succeeds when X is usable; install_X makes it so -------------

# xmllint validates GraphML against the XSDs in tests/tools/graphml.
check_xmllint() { have xmllint; }
install_xmllint() { apt_install libxml2-utils; }

# dot parses and renders the DOT output.
check_graphviz() { have dot; }
install_graphviz() { apt_install graphviz; }

# networkx reads the GraphML back.
check_networkx() { have python3 && python3 -c 'import networkx' 2>/dev/null; }
install_networkx() { apt_install python3 python3-networkx; }

check_node() { have node && have npm; }
install_node() { apt_install nodejs npm; }

# Neo4j's Cypher parser (npm @neo4j-cypher/language-support) for the Cypher script.
check_cypher_parser() { node_loads cypher-lint @neo4j-cypher/language-support; }
install_cypher_parser() { npm_ci cypher-lint; }

# Headless Chromium opens report.html (tests/tools/report-check/check-report.mjs drives /usr/bin/chromium).
check_chromium() { [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1; }
install_chromium() { apt_install chromium; }

# playwright-core drives Chromium; ajv validates JSON outputs against docs/schemas.
check_report_check() { node_loads report-check playwright-core && node_loads report-check ajv; }
install_report_check() { npm_ci report-check; }

# --- the run ---------------------------------------------------------------------------------------

all_ready() {
    for tool in $TOOLS; do "check_$tool" || return 1; done
}

provision() {
    for tool in $TOOLS; do
        "check_$tool" && continue
        say "installing $tool"
        "install_$tool"
        "check_$tool" || fail "$tool is still not usable after installing it"
    done
}

mkdir -p "$cache"
sentinel="$cache/ready"
exec 9>"$cache/setup.lock"
flock -w 1800 9 || fail "another setup of this checkout held $cache/setup.lock for 30 minutes"

# The sentinel says the last run finished; the checks still run, so a tool removed since is reinstalled.
if [ -f "$sentinel" ] && all_ready; then
    exit 0
fi
rm -f "$sentinel"
provision
date -u '+%Y-%m-%dT%H:%M:%SZ' > "$sentinel.tmp"
mv "$sentinel.tmp" "$sentinel"
say "ready ($TOOLS)"
