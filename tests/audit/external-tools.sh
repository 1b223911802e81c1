#!/usr/bin/env bash
# Checks the audit's exports with tools no one here wrote: the OpenAPI export
# under @redocly/cli and @stoplight/spectral-cli (with the OWASP ruleset), the
# SARIF report under @microsoft/sarif-multitool's validate. The tools come
# from the npm registry, pinned, installed once into build/npm-tools.
# Exit 0 pass, 1 fail, 77 skipped (no registry, and not in CI).
set -uo pipefail
cli=${1:?usage: external-tools.sh GATEHOUSE_CLI}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=${GATEHOUSE_NPM_TOOLS:-$root/build/npm-tools}

GATEHOUSE_NPM_TOOLS=$prefix "$root/scripts/install-npm-tools.sh"
status=$?
if [[ $status -eq 3 ]]; then
    if [[ "${CI:-}" == "true" ]]; then
        echo "external-tools: FAIL: the npm tools could not be installed, and CI must run them" >&2
        exit 1
    fi
    echo "external-tools: SKIP: the npm registry cannot be reached; the exports were not checked by outside tools"
    exit 77
elif [[ $status -ne 0 ]]; then
    echo "external-tools: FAIL: installing the npm tools failed ($status)" >&2
    exit 1
fi
bin=$prefix/node_modules/.bin
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() { # name, command...
    local name=$1
    shift
    if "$@" >"$work/$name.log" 2>&1; then
        echo "external-tools: ok: $name"
    else
        echo "external-tools: FAIL: $name" >&2
        cat "$work/$name.log" >&2
        failed=1
    fi
}

"$cli" demo "$work/demo.gatehouse" >/dev/null || exit 1
"$cli" openapi "$work/demo.gatehouse" -o "$work/openapi-3.1.json" >/dev/null || exit 1
"$cli" openapi "$work/demo.gatehouse" -o "$work/openapi-3.0.json" --version 3.0 >/dev/null || exit 1
"$cli" audit "$work/demo.gatehouse" --format sarif -o "$work/audit.sarif" || exit 1
# The demo with its medium findings accepted: the SARIF then holds suppressions.
"$cli" export "$work/demo.gatehouse" -o "$work/demo.json" >/dev/null || exit 1
node -e '
const fs = require("fs");
const config = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
config.acceptedFindings = [{check: "GH007", setting: "settings/limits.requestsPerMinutePerWorkflow",
                            reason: "the proxy limits log-ins", acceptedAt: null}];
fs.writeFileSync(process.argv[2], JSON.stringify(config, null, 2));
' "$work/demo.json" "$work/accepted.json" || exit 1
"$cli" audit "$work/accepted.json" --format sarif -o "$work/accepted.sarif" || exit 1
grep -q '"suppressions"' "$work/accepted.sarif" || { echo "external-tools: FAIL: no suppressions" >&2; exit 1; }

cp "$here/spectral-ruleset.yaml" "$prefix/.spectral.yaml"
for version in 3.1 3.0; do
    check "redocly-$version" "$bin/redocly" lint "$work/openapi-$version.json"
    check "spectral-$version" "$bin/spectral" lint --ruleset "$prefix/.spectral.yaml" \
        --fail-severity error "$work/openapi-$version.json"
done
for sarif in audit accepted; do
    check "sarif-validate-$sarif" "$bin/sarif-multitool" validate "$work/$sarif.sarif" \
        --output "$work/validation-$sarif.sarif" --log ForceOverwrite
    if grep -E ': error (SARIF|JSON)' "$work/sarif-validate-$sarif.log" >&2; then
        echo "external-tools: FAIL: sarif-multitool reports errors in $sarif.sarif" >&2
        failed=1
    fi
    grep -E ': warning ' "$work/sarif-validate-$sarif.log" || true
done
exit $failed
