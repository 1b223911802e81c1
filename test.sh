#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest, then
# short fuzz runs of the expression language, the test server's request path
# and the JSON config import. Exit status 0 only if all pass.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build/main --output-on-failure -j "$(nproc)" --timeout 600

fuzz_seconds="${GATEHOUSE_FUZZ_SECONDS:-25}"
scripts/fuzz-expr.sh "$fuzz_seconds"
scripts/fuzz-request.sh "$fuzz_seconds" both
