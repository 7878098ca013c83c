#!/usr/bin/env bash
# Sets up, builds, and runs claimgraph on the bundled seed article (examples/reuters-cyber.txt), writing its
# records, graph files and picture to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target claimgraph_cli
mkdir -p out
seed=examples/reuters-cyber.txt
build/claimgraph "$seed" -o out/reuters-cyber.jsonl      # attribution records (JSON Lines)
build/claimgraph "$seed" -o out/reuters-cyber.graphml    # for Gephi, networkx, igraph
build/claimgraph "$seed" -o out/reuters-cyber.dot        # for Graphviz
build/claimgraph "$seed" -o out/reuters-cyber.svg        # the picture
echo "out/reuters-cyber.jsonl: $(wc -l < out/reuters-cyber.jsonl) attributions"
ls -l out/
