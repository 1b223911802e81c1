#!/usr/bin/env bash
# Runs the benchmarks on the main build and prints their tables; paste the
# figures into docs/benchmarks.md with the date and the machine. Run it when
# the machine is otherwise quiet: the figures are ratios of servers measured
# side by side, but a build beside them still skews every one.
#   scripts/bench.sh [all]   in process; over HTTP against nginx and Mockoon
#                            (about 8 minutes); large projects (N = 500, 5,000)
#   scripts/bench.sh server  the HTTP benchmark only
#   scripts/bench.sh large   the large projects only
#   scripts/bench.sh smoke   each of them once in its short form, as ctest does
# Tables are also written to build/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
build=${GATEHOUSE_BUILD_DIR:-build/main}
if [[ ! "$what" =~ ^(all|server|large|smoke)$ ]]; then
    echo "usage: scripts/bench.sh [all|server|large|smoke]" >&2
    exit 2
fi
scripts/install-deps.sh # nginx and wrk come from Debian with the rest
scripts/build.sh >/dev/null
mkdir -p build/bench-results
cli="$build/app/cli/gatehouse-cli"

if [[ "$what" == smoke ]]; then
    "$build"/tests/bench/bench_server --requests 20
    python3 tests/bench/server_bench.py --smoke --cli "$cli"
    python3 tests/bench/large_bench.py --build-dir "$build" --sizes 10,20
    exit 0
fi
if [[ "$what" == all ]]; then
    "$build"/tests/bench/bench_server --requests 5000
fi
if [[ "$what" == all || "$what" == server ]]; then
    python3 tests/bench/server_bench.py --cli "$cli" --markdown build/bench-results/server.md
fi
if [[ "$what" == all || "$what" == large ]]; then
    python3 tests/bench/large_bench.py --build-dir "$build" --sizes 500,5000 \
        --markdown build/bench-results/large.md
fi
