#!/usr/bin/env bash
# Calls the served demo for every operation its OpenAPI export documents and
# checks each answer against the export with dredd, a tool no one here wrote
# (npm, pinned, installed once into build/npm-dredd). The demo is a fresh
# copy with an admin token made for the run; its secret stays in this
# script's environment and is masked in every line printed.
# Exit 0 pass, 1 fail, 77 skipped (no registry, and not in CI).
set -uo pipefail
cli=${1:?usage: dredd-check.sh GATEHOUSE_CLI}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=${GATEHOUSE_NPM_DREDD:-$root/build/npm-dredd}
dredd_version=14.1.0

skip_or_fail() { # reason
    if [[ "${CI:-}" == "true" ]]; then
        echo "dredd-check: FAIL: $1, and CI must run dredd" >&2
        exit 1
    fi
    echo "dredd-check: SKIP: $1; the served answers were not checked by dredd"
    exit 77
}

install_dredd() {
    local stamp="$prefix/.installed" wanted="dredd@$dredd_version"
    [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]] && return 0
    command -v npm >/dev/null || skip_or_fail "npm is not installed"
    npm ping >/dev/null 2>&1 || skip_or_fail "the npm registry cannot be reached"
    mkdir -p "$prefix"
    [[ -f "$prefix/package.json" ]] || echo '{"name":"gatehouse-dredd","private":true}' >"$prefix/package.json"
    npm install --prefix "$prefix" --no-audit --no-fund --save-exact "$wanted" >&2 || {
        echo "dredd-check: FAIL: installing $wanted failed" >&2
        exit 1
    }
    echo "$wanted" >"$stamp"
}

install_dredd
command -v curl >/dev/null || skip_or_fail "curl is not installed"
work=$(mktemp -d)
server=
cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
mask() { sed -e "s/${GATEHOUSE_DREDD_TOKEN:-no-token}/<token>/g" -e "s/${GATEHOUSE_DREDD_PASSWORD:-no-password}/<password>/g"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A fresh demo served on a free port, with an admin token, a user to log in
# and the ids of its transactions in the environment the hooks read.
serve_demo() { # version
    local project="$work/demo-$1.gatehouse" port
    "$cli" demo "$project" >/dev/null || return 1
    GATEHOUSE_DREDD_TOKEN=$("$cli" token create "$project" --name dredd --admin | tail -n 1)
    export GATEHOUSE_DREDD_TOKEN
    port=$(free_port)
    base="http://127.0.0.1:$port/api/1.1"
    "$cli" openapi "$project" -o "$work/openapi-$1.json" --version "$1" --server "$base" >/dev/null || return 1
    "$cli" serve "$project" --port "$port" --client-rate 0 --client-workflow-rate 0 >"$work/serve-$1.log" 2>&1 &
    server=$!
    for _ in $(seq 50); do
        curl -sf -X POST "$base/wf/public_ping" >/dev/null && break
        sleep 0.2
    done
    export GATEHOUSE_DREDD_RUN=$1-$$
    export GATEHOUSE_DREDD_EMAIL="dredd-login-$GATEHOUSE_DREDD_RUN@example.com"
    GATEHOUSE_DREDD_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
    export GATEHOUSE_DREDD_PASSWORD
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"email\":\"$GATEHOUSE_DREDD_EMAIL\",\"password\":\"$GATEHOUSE_DREDD_PASSWORD\"}" \
        "$base/wf/signup" >/dev/null || return 1
    GATEHOUSE_DREDD_IDS=$(curl -sf -H "Authorization: Bearer $GATEHOUSE_DREDD_TOKEN" \
        "$base/obj/transaction" | python3 -c \
        'import json, sys; print(",".join(r["_id"] for r in json.load(sys.stdin)["response"]["results"]))')
    export GATEHOUSE_DREDD_IDS
}

stop_demo() {
    kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    server=
}

# Every documented operation answered as documented at least once: the
# success answer of each, for each of its request media types.
every_operation_passed() { # export, dredd log
    python3 - "$1" "$2" <<'PY'
import json, re, sys
doc = json.load(open(sys.argv[1]))
wanted = {(m.upper(), p) for p, item in doc["paths"].items() for m in item if m != "parameters"}
passed = set()
for line in open(sys.argv[2], encoding="utf-8"):
    hit = re.search(r"pass\S*: (\w+) \(2\d\d\) (\S+)", line)
    if hit:
        path = re.sub(r"^(/obj/[^/]+)/(?!bulk$)[^/]+$", r"\1/{id}", hit.group(2))
        passed.add((hit.group(1), path))
missing = sorted(wanted - passed)
for method, path in missing:
    print(f"dredd-check: no passing call of {method} {path}", file=sys.stderr)
print(f"dredd-check: {len(wanted & passed)} of {len(wanted)} documented operations answered as documented")
sys.exit(1 if missing else 0)
PY
}

failed=0
for version in 3.0 3.1; do
    serve_demo "$version" || { echo "dredd-check: FAIL: the demo could not be served" >&2; exit 1; }
    if "$prefix/node_modules/.bin/dredd" "$work/openapi-$version.json" "$base" \
        --hookfiles "$here/dredd-hooks.js" --color false >"$work/dredd-$version.raw" 2>&1 &&
        mask <"$work/dredd-$version.raw" >"$work/dredd-$version.log" &&
        every_operation_passed "$work/openapi-$version.json" "$work/dredd-$version.log"; then
        echo "dredd-check: ok: OpenAPI $version ($(grep -m1 -o 'complete: [0-9].*' "$work/dredd-$version.log"))"
    else
        mask <"$work/dredd-$version.raw" | grep -v -e 'parser warning' -e '^skip: ' >&2
        echo "dredd-check: FAIL: OpenAPI $version" >&2
        failed=1
    fi
    rm -f "$work/dredd-$version.raw"
    stop_demo
done
exit $failed
