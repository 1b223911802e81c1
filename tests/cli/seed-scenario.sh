#!/usr/bin/env bash
# The seed scenario as docs/server.md walks through it, with curl against
# `gatehouse-cli serve`: alice mints a token, creates a transaction with its
# parameters in the body, and sees the 400 when they are in the querystring.
# Usage: seed-scenario.sh PATH/TO/gatehouse-cli
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

fail() { echo "seed-scenario: $*" >&2; exit 1; }

"$cli" demo "$work/demo.gatehouse" >/dev/null
"$cli" serve "$work/demo.gatehouse" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/serve.out" && break
    sleep 0.1
done
base=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$work/serve.out")
[[ -n "$base" ]] || fail "the server did not say where it listens: $(cat "$work/serve.err")"

# status BODY_FILE METHOD URL [curl args...]: prints the status, keeps the body.
status() {
    local body=$1; shift
    curl --silent --show-error --noproxy '*' --output "$body" --write-out '%{http_code}' "$@"
}

code=$(status "$work/login.json" -X POST "$base/api/1.1/wf/issue_token" \
    -H 'Content-Type: application/json' \
    -d '{"email":"alice@example.com","password":"alice-password"}')
[[ $code == 200 ]] || fail "issue_token answered $code: $(cat "$work/login.json")"
token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$work/login.json")
[[ $token == gh_usr_* ]] || fail "no user token in $(cat "$work/login.json")"

code=$(status "$work/created.json" -X POST "$base/api/1.1/wf/create_transaction" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"account":"ACC-7","phone":"+1 555 0107","amount":25}')
[[ $code == 200 ]] || fail "create_transaction answered $code: $(cat "$work/created.json")"
grep -q '"amount":25' "$work/created.json" || fail "no amount in $(cat "$work/created.json")"

code=$(status "$work/query.json" -X POST \
    "$base/api/1.1/wf/create_transaction?account=ACC-7&phone=1&amount=25" \
    -H "Authorization: Bearer $token")
[[ $code == 400 ]] || fail "parameters in the querystring answered $code"
grep -q 'Missing parameter for workflow create_transaction: parameter account' "$work/query.json" ||
    fail "unexpected 400 body: $(cat "$work/query.json")"

kill -TERM "$server"
wait "$server" || fail "serve did not stop cleanly on SIGTERM"
grep -q 'POST /api/1.1/wf/create_transaction 400' "$work/serve.out" ||
    fail "serve did not print the request lines"
if grep -q "$token" "$work/serve.out" "$work/serve.err"; then fail "a token secret was printed"; fi
"$cli" log "$work/demo.gatehouse" --tail 3 | grep -q 'create_transaction 400' ||
    fail "the request log does not hold the requests"
echo "seed-scenario: passed"
