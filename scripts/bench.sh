#!/usr/bin/env bash
# Runs the benchmarks on the main build and prints their tables; paste the
# figures into docs/benchmarks.md with the date and the machine.
#   scripts/bench.sh [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
build/main/tests/bench/bench_server --requests "${1:-5000}"
