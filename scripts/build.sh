#!/usr/bin/env bash
# Configures and builds Synapse Lab into build/ (or $1) after installing what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
build_dir=${1:-build}
shift || true
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
