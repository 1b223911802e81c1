#!/usr/bin/env bash
# Runs `gatehouse-cli suite export`'s collections with tools no one here
# wrote: the Postman collection under newman, the Bruno folder under
# @usebruno/cli's `bru run`, both against the demo served from a copy, their
# secret variables filled with real credentials (a token rotated by the CLI
# on the copy, a test user logged in over HTTP). The tools come from the npm
# registry, pinned, installed once into build/npm-suite-tools.
# Exit 0 pass, 1 fail, 77 skipped (no registry, and not in CI).
set -uo pipefail
cli=${1:?usage: suite-external-tools.sh GATEHOUSE_CLI}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=${GATEHOUSE_SUITE_TOOLS:-$root/build/npm-suite-tools}

GATEHOUSE_SUITE_TOOLS=$prefix "$root/scripts/install-npm-tools.sh" suite
status=$?
if [[ $status -eq 3 ]]; then
    if [[ "${CI:-}" == "true" ]]; then
        echo "suite-external-tools: FAIL: the npm tools could not be installed, and CI must run them" >&2
        exit 1
    fi
    echo "suite-external-tools: SKIP: the npm registry cannot be reached; the exports were not run by outside tools"
    exit 77
elif [[ $status -ne 0 ]]; then
    echo "suite-external-tools: FAIL: installing the npm tools failed ($status)" >&2
    exit 1
fi
bin=$prefix/node_modules/.bin
work=$(mktemp -d)
server=
trap '[[ -n "$server" ]] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; }; rm -rf "$work"' EXIT
fail() { echo "suite-external-tools: FAIL: $*" >&2; exit 1; }
failed=0
check() { # name, command...
    local name=$1
    shift
    if "$@" >"$work/$name.log" 2>&1; then
        echo "suite-external-tools: ok: $name"
    else
        echo "suite-external-tools: FAIL: $name" >&2
        cat "$work/$name.log" >&2
        failed=1
    fi
}

demo=$work/demo.gatehouse
"$cli" demo "$demo" >/dev/null || fail "demo"
"$cli" token create "$demo" --name ci --admin >/dev/null || fail "token create"
add() { "$cli" suite add "$demo" "$@" >/dev/null || fail "suite add $1"; }
add ping --workflow public_ping --as anonymous --expect 200
add "anonymous cleans" --workflow admin_cleanup --as anonymous --expect 401
add "alice pays" --workflow create_transaction --as alice@example.com \
    --body '{"account":"ACC-3","phone":"+1 555 0103","amount":25}' --expect 200 \
    --expect-body response.amount=25
add "admin lists" --data Transaction:list --as token:ci --query limit=1 --expect 200
mkdir -p "$work/postman"
"$cli" suite export "$demo" --format postman -o "$work/postman/demo.json" >/dev/null ||
    fail "export postman"
"$cli" suite export "$demo" --format bruno -o "$work/bruno" >/dev/null || fail "export bruno"

# The served copy, with credentials only it knows.
served=$work/served.gatehouse
cp "$demo" "$served"
secret=$("$cli" token rotate "$served" ci | tail -n 1)
[[ $secret == gh_adm_* ]] || fail "no admin secret from token rotate"
if grep -rq "$secret" "$work/postman" "$work/bruno"; then fail "a secret is in an export"; fi
: >"$work/serve.out"
"$cli" serve "$served" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/serve.out" && break
    sleep 0.1
done
base=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$work/serve.out")
[[ -n "$base" ]] || fail "the server did not say where it listens: $(cat "$work/serve.err")"
login=$(curl --silent --show-error --noproxy '*' -X POST "$base/api/1.1/wf/issue_token" \
    -H 'Content-Type: application/json' \
    -d '{"email":"alice@example.com","password":"alice-password"}')
alice=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$login")
[[ $alice == gh_usr_* ]] || fail "alice could not log in: $login"

check newman "$bin/newman" run "$work/postman/demo.json" \
    --environment "$work/postman/demo.postman_environment.json" \
    --env-var "baseUrl=$base" --env-var "user_alice_example_com=$alice" \
    --env-var "token_ci=$secret" --bail --disable-unicode --color off
check bruno bash -c 'cd "$1" && "$2" run --env local --env-var "baseUrl=$3" \
    --env-var "user_alice_example_com=$4" --env-var "token_ci=$5" --bail' \
    bru "$work/bruno" "$bin/bru" "$base" "$alice" "$secret"
# An exit status of 0 with no request run proves nothing: each tool must
# have sent all four (the summaries of the pinned versions).
if [[ $failed -eq 0 ]]; then
    grep -Eq 'requests \|\s+4 \|\s+0 \|' "$work/newman.log" ||
        { echo "suite-external-tools: FAIL: newman did not run the 4 requests" >&2; failed=1; }
    grep -Eq 'Requests .*4 \(4 Passed\)' "$work/bruno.log" ||
        { echo "suite-external-tools: FAIL: bru did not run the 4 requests" >&2; failed=1; }
fi
[[ -n "${SUITE_TOOLS_VERBOSE:-}" ]] && cat "$work/newman.log" "$work/bruno.log"
exit $failed
