#!/usr/bin/env bash
# Installs the outside runners of `gatehouse-cli suite export` (newman for
# the Postman collection, @usebruno/cli for the Bruno one) from the npm
# registry into build/npm-suite-tools, pinned to exact versions, once: a
# second run with the same versions does nothing.
# Exit status: 0 installed (or already there), 3 when the registry cannot be
# reached (the caller decides whether that is a skip or a failure).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${GATEHOUSE_SUITE_TOOLS:-build/npm-suite-tools}
packages=(
    "newman@6.2.2"
    "@usebruno/cli@4.1.0"
)
stamp="$prefix/.installed"
wanted=$(printf '%s\n' "${packages[@]}")
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "install-suite-tools: npm is not installed (scripts/install-deps.sh installs it)" >&2
    exit 3
fi
mkdir -p "$prefix"
[[ -f "$prefix/package.json" ]] || echo '{"name":"gatehouse-suite-tools","private":true}' >"$prefix/package.json"
if ! npm ping >/dev/null 2>&1; then
    echo "install-suite-tools: the npm registry cannot be reached" >&2
    exit 3
fi
npm install --prefix "$prefix" --no-audit --no-fund --save-exact "${packages[@]}" >&2
echo "$wanted" >"$stamp"
