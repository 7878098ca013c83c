#!/usr/bin/env bash
# Sets up, builds, and runs claimgraph on the bundled seed article, writing out/ (records, DOT, GraphML, SVG).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build build --target claimgraph_cli
mkdir -p out
build/claimgraph examples/reuters-cyber.txt -o out/reuters-cyber.jsonl
echo "wrote out/reuters-cyber.jsonl ($(wc -l < out/reuters-cyber.jsonl) attributions)"
