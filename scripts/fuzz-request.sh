#!/usr/bin/env bash
# Fuzz the test server's request path (HTTP parser, target decoder,
# Host/Origin guard, rate gate, engine over the demo, response writer) and
# the JSON config import with libFuzzer under ASan + UBSan, SECONDS each
# (default 600). Builds its own clang build dir, as scripts/fuzz-expr.sh
# does. Exits non-zero on a crash, leak, timeout or broken invariant; the
# input that did it is left in build/fuzz/artifacts/.
#   scripts/fuzz-request.sh [SECONDS] [request|config|both]
set -euo pipefail

seconds="${1:-600}"
which="${2:-both}"
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

run() {
    local name="$1" maxlen="$2" dict="$3"
    cmake --build "$build" -j2 --target "fuzz_$name"
    # New inputs go to a working corpus; the seeds in the source tree stay.
    local corpus="$build/corpus/$name" artifacts="$build/artifacts/"
    mkdir -p "$corpus" "$artifacts"
    local options=(-max_total_time="$seconds" -max_len="$maxlen" -timeout=10
                   -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1
                   -artifact_prefix="$artifacts")
    [[ -n "$dict" ]] && options+=(-dict="$dict")
    "$build/tests/fuzz/fuzz_$name" "${options[@]}" "$corpus" "$root/tests/fuzz/corpus/$name"
}

case "$which" in
    request) run request 16384 "$root/tests/fuzz/http.dict" ;;
    config) run config 65536 "" ;;
    both)
        run request 16384 "$root/tests/fuzz/http.dict"
        run config 65536 ""
        ;;
    *) echo "usage: $0 [SECONDS] [request|config|both]" >&2; exit 2 ;;
esac
