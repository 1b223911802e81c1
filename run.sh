#!/usr/bin/env bash
# Installs what is missing, builds, and opens the editor on the demo project.
# With no display it runs the headless job instead: writes the demo project,
# validates it, exports its config, says where, and serves it on the local
# test server (port 8080, or $GATEHOUSE_PORT) with a curl line to try.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
scripts/build.sh >/dev/null

bin=build/main/app
mkdir -p build/run
demo=build/run/payments-demo.gatehouse
if [[ ! -f "$demo" ]]; then
    "$bin/cli/gatehouse-cli" demo "$demo"
fi

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x "$bin/gatehouse" ]]; then
    echo "run.sh: opening the editor on $demo"
    exec "$bin/gatehouse" "$demo"
fi

if [[ -x "$bin/gatehouse" ]]; then
    echo "run.sh: no display found, so running the headless job instead of the editor"
else
    echo "run.sh: the editor is not built, so running the headless job instead"
fi
"$bin/cli/gatehouse-cli" validate "$demo"
"$bin/cli/gatehouse-cli" export "$demo" -o build/run/payments-demo.json
echo "run.sh: demo project: $PWD/$demo"
echo "run.sh: its config:   $PWD/build/run/payments-demo.json"
port=${GATEHOUSE_PORT:-8080}
echo "run.sh: serving the demo project on the local test server; try, from another terminal:"
echo "  curl -s -X POST http://127.0.0.1:$port/api/1.1/wf/issue_token -H 'Content-Type: application/json' -d '{\"email\":\"alice@example.com\",\"password\":\"alice-password\"}'"
echo "run.sh: Ctrl-C stops the server"
exec "$bin/cli/gatehouse-cli" serve "$demo" --port "$port"
