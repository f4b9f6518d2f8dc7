#!/usr/bin/env bash
# Installs what is missing, builds, runs the whole test suite, then runs it again under ASan + UBSan, fuzzes the
# parsers briefly, then builds the web page and tests it in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh build
(cd build && ctest --output-on-failure -j"$(nproc)")
echo "== The same suite under AddressSanitizer + UndefinedBehaviorSanitizer"
./scripts/build.sh build-asan -DSYNAPSE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
(cd build-asan && ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure -j"$(nproc)")
echo "== The parsers fuzzed (libFuzzer, ASan + UBSan), 20 s each; scripts/fuzz.sh SECONDS for longer runs"
./scripts/fuzz.sh 20
echo "== The web page: model check, SDL2 + ImGui smoke check, the page in headless Chromium"
./scripts/web.sh --test
