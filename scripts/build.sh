#!/usr/bin/env bash
# Configures (once) and builds Gatehouse into build/main with Ninja and ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${GATEHOUSE_BUILD_DIR:-build/main}
# Paths inside the checkout are hashed relative to the build folder, so a fresh
# clone elsewhere (CI's) reuses what this machine's ccache already compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
cmake --build "$build_dir" -j "$(nproc)"
