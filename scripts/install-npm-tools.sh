#!/usr/bin/env bash
# Installs the outside checkers of the audit's exports (OpenAPI linters, the
# SARIF validator) from the npm registry into build/npm-tools, pinned to exact
# versions, once: a second run with the same versions does nothing.
# Exit status: 0 installed (or already there), 3 when the registry cannot be
# reached (the caller decides whether that is a skip or a failure).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${GATEHOUSE_NPM_TOOLS:-build/npm-tools}
packages=(
    "@redocly/cli@2.77.0"
    "@stoplight/spectral-cli@6.16.3"
    "@stoplight/spectral-owasp-ruleset@2.0.1"
    "@microsoft/sarif-multitool@5.7.0"
)
stamp="$prefix/.installed"
wanted=$(printf '%s\n' "${packages[@]}")
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "install-npm-tools: npm is not installed (scripts/install-deps.sh installs it)" >&2
    exit 3
fi
mkdir -p "$prefix"
[[ -f "$prefix/package.json" ]] || echo '{"name":"gatehouse-npm-tools","private":true}' >"$prefix/package.json"
if ! npm ping >/dev/null 2>&1; then
    echo "install-npm-tools: the npm registry cannot be reached" >&2
    exit 3
fi
npm install --prefix "$prefix" --no-audit --no-fund --save-exact "${packages[@]}" >&2
echo "$wanted" >"$stamp"
