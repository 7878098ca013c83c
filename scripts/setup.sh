#!/usr/bin/env bash
# Installs claimgraph's build dependencies from Debian packages. Idempotent: packages already present are
# left alone, and apt is not touched at all when everything is installed.
set -euo pipefail

packages=(
    build-essential cmake pkg-config ninja-build
    libboost-dev          # Spirit X3, Boost.Graph (header-only parts)
    libgraphviz-dev graphviz  # cgraph + gvc for DOT/SVG/PNG; `dot` for checks
    catch2                # tests (v2)
    libcli11-dev          # command-line arguments
    libsimdjson-dev       # JSON Lines input
    zlib1g-dev            # gzip input
    python3 python3-networkx python3-igraph  # GraphML load checks in the tests
    time                  # /usr/bin/time: peak RSS in bench/throughput/run.sh
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
