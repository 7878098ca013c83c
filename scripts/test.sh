#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite. With CI=true it also builds warnings-as-errors and runs the
# tests under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
jobs=$(nproc)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release ${CI:+-DCLAIMGRAPH_WERROR=ON} >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

if [ "${CI:-}" = "true" ] || [ "${CLAIMGRAPH_SANITIZE:-}" = "1" ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLAIMGRAPH_SANITIZE=ON -DCLAIMGRAPH_WERROR=ON \
        -DCLAIMGRAPH_BUILD_EXAMPLES=OFF -DCLAIMGRAPH_BUILD_BENCH=OFF >/dev/null
    cmake --build build-asan -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi
