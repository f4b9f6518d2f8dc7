#!/usr/bin/env bash
# Installs what is missing, builds, runs the whole test suite, then runs it again under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh build
(cd build && ctest --output-on-failure -j"$(nproc)")
echo "== The same suite under AddressSanitizer + UndefinedBehaviorSanitizer"
./scripts/build.sh build-asan -DSYNAPSE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
(cd build-asan && ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure -j"$(nproc)")
