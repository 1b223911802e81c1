#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest, then a
# short fuzz run of the expression language. Exit status 0 only if all pass.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build/main --output-on-failure -j "$(nproc)" --timeout 600

if [[ -x scripts/fuzz-expr.sh ]]; then
    scripts/fuzz-expr.sh "${GATEHOUSE_FUZZ_SECONDS:-60}"
fi
