#!/usr/bin/env bash
# Installs the outside tools the tests check Gatehouse's exports with, from
# the npm registry, pinned to exact versions, once: a second run with the
# same versions does nothing. Two sets:
#   audit (the default): the OpenAPI linters and the SARIF validator, into
#         build/npm-tools (GATEHOUSE_NPM_TOOLS);
#   suite: newman and @usebruno/cli, which run `suite export`'s Postman and
#         Bruno collections, into build/npm-suite-tools (GATEHOUSE_SUITE_TOOLS).
# Exit status: 0 installed (or already there), 3 when the registry cannot be
# reached (the caller decides whether that is a skip or a failure), 2 for an
# unknown set.
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=${1:-audit}
case $set_name in
audit)
    prefix=${GATEHOUSE_NPM_TOOLS:-build/npm-tools}
    packages=(
        "@redocly/cli@2.77.0"
        "@stoplight/spectral-cli@6.16.3"
        "@stoplight/spectral-owasp-ruleset@2.0.1"
        "@microsoft/sarif-multitool@5.7.0"
    )
    ;;
suite)
    prefix=${GATEHOUSE_SUITE_TOOLS:-build/npm-suite-tools}
    packages=(
        "newman@6.2.2"
        "@usebruno/cli@4.1.0"
    )
    ;;
*)
    echo "install-npm-tools: unknown set \`$set_name\`; audit or suite" >&2
    exit 2
    ;;
esac
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
[[ -f "$prefix/package.json" ]] || echo "{\"name\":\"gatehouse-npm-$set_name-tools\",\"private\":true}" >"$prefix/package.json"
if ! npm ping >/dev/null 2>&1; then
    echo "install-npm-tools: the npm registry cannot be reached" >&2
    exit 3
fi
npm install --prefix "$prefix" --no-audit --no-fund --save-exact "${packages[@]}" >&2
echo "$wanted" >"$stamp"
