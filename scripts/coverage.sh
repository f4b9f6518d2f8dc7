#!/usr/bin/env bash
# Line coverage of the pure layers (sim, content, scene, session, export) by the test suite, with gcov and lcov:
# prints one line per layer and writes an HTML report to build-coverage/html/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
if ! command -v lcov >/dev/null || ! command -v genhtml >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: lcov" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends lcov >/dev/null
fi
dir=build-coverage
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="--coverage" -DCMAKE_C_FLAGS="--coverage" \
  -DCMAKE_EXE_LINKER_FLAGS="--coverage" >/dev/null
cmake --build "$dir" -j"$(nproc)"
lcov --quiet --zerocounters --directory "$dir"
(cd "$dir" && ctest -j"$(nproc)" --output-on-failure >/dev/null)
lcov --quiet --capture --directory "$dir" --output-file "$dir/all.info" 2>/dev/null
for layer in sim content scene session export; do
  lcov --quiet --extract "$dir/all.info" "$PWD/src/$layer/*" --output-file "$dir/$layer.info" 2>/dev/null
  printf '%-8s ' "$layer"
  lcov --summary "$dir/$layer.info" 2>&1 | grep -E '^ *lines' | sed 's/^ *//'
done
lcov --quiet --add-tracefile "$dir/sim.info" --add-tracefile "$dir/content.info" --add-tracefile "$dir/scene.info" \
  --add-tracefile "$dir/session.info" --add-tracefile "$dir/export.info" --output-file "$dir/pure.info"
genhtml --quiet --output-directory "$dir/html" "$dir/pure.info"
echo "report: $dir/html/index.html"
