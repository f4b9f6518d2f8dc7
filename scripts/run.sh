#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Synapse Lab window (extra arguments go to synapse-lab).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh build >&2
exec ./build/synapse-lab "$@"
