#!/usr/bin/env bash
# Fuzz the expression language (parse, print, check, evaluate, rows) with
# libFuzzer under ASan + UBSan for SECONDS (default 600). Builds its own
# clang build dir. Exits non-zero on a crash, leak, timeout or broken round
# trip; the input that did it is left in build/fuzz/artifacts/.
#   scripts/fuzz-expr.sh [SECONDS]
set -euo pipefail

seconds="${1:-600}"
root="$(cd "$(dirname "$0")/.." && pwd)"
# As scripts/build.sh: a clean clone elsewhere reuses what ccache compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
build="$root/build/fuzz"

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DGATEHOUSE_BUILD_FUZZERS=ON \
    -DGATEHOUSE_BUILD_GUI=OFF \
    -DGATEHOUSE_BUILD_TESTS=OFF > /dev/null
cmake --build "$build" -j2 --target fuzz_expr

# New inputs go to a working corpus; the seeds in the source tree stay as
# they are.
corpus="$build/corpus/expr"
artifacts="$build/artifacts/"
mkdir -p "$corpus" "$artifacts"

"$build/tests/fuzz/fuzz_expr" \
    -max_total_time="$seconds" \
    -max_len=4096 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -detect_leaks=1 \
    -print_final_stats=1 \
    -artifact_prefix="$artifacts" \
    -dict="$root/tests/fuzz/expr.dict" \
    "$corpus" "$root/tests/fuzz/corpus/expr"
