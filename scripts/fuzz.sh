#!/usr/bin/env bash
# shellcheck disable=SC2317  # the seed_ functions are called by name
# Fuzzes every parser a user can hand input to (tests/fuzz/targets.cpp) with libFuzzer, ASan and UBSan:
#   ./scripts/fuzz.sh [SECONDS] [TARGET...]   SECONDS per target (default 60); all targets when none is named.
# Builds build-fuzz/ with clang, seeds each corpus from the shipped files and tests/fuzz/regressions/, and keeps the
# corpora between runs. A finding is saved in build-fuzz/findings/TARGET/ and fails the script with a replay line.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scenario lesson script content duration size link)

./scripts/deps.sh clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DSYNAPSE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null

# seed_TARGET DIR: the shipped inputs of that kind, as the program reads them.
seed_scenario() { cp assets/scenarios/*.json "$1/"; }
seed_lesson() { cp assets/lessons/*.json "$1/"; }
seed_script() { cp assets/scripts/*.json "$1/"; }
seed_content() {  # the first byte chooses the file replaced (targets.cpp's order)
  local i=0 f
  for f in references sources quotes caveats factchecks glossary; do
    { printf "\\x$(printf %02x $i)"; cat "assets/content/$f.json"; } >"$1/$f"
    i=$((i + 1))
  done
}
seed_duration() { local v; for v in 40min 2h 3d 1.5w 90s 0.5; do printf %s "$v" >"$1/$v"; done; }
seed_size() { local v; for v in 1920x1080 1366x768 3840x2160 640x360; do printf %s "$v" >"$1/$v"; done; }
seed_link() {
  printf %s 'lesson=mechanism&step=4&presenter=1' >"$1/lesson"
  printf %s 'scenario=rapamycin&at=3d&view=spine&theme=light&drug=esketamine&route=iv_bolus&dose_mg_per_kg=0.25' \
    >"$1/scenario"
}

# dictionary TARGET: the format's keys (JSON: every key of the shipped files of that kind).
dictionary() {
  local dict="build-fuzz/dict/$1.dict"
  mkdir -p build-fuzz/dict
  case "$1" in
    link) cp tests/fuzz/link.dict "$dict" ;;
    duration | size) cp tests/fuzz/duration.dict "$dict" ;;
    *)
      grep -ohE '"[A-Za-z_0-9]+":' "build-fuzz/corpus/$1"/* 2>/dev/null | sort -u |
        sed 's/"/\\"/g; s/^/"/; s/$/"/' >"$dict"
      printf '%s\n' '"{"' '"}"' '"["' '"]"' '"null"' '"true"' '"1e400"' '"\\u0000"' >>"$dict"
      ;;
  esac
}

failed=0
for target in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$target" findings="build-fuzz/findings/$target"
  mkdir -p "$corpus" "$findings"
  "seed_$target" "$corpus"
  if [ -d "tests/fuzz/regressions/$target" ]; then cp tests/fuzz/regressions/"$target"/* "$corpus/" 2>/dev/null || true; fi
  dictionary "$target"
  log="build-fuzz/fuzz_$target.log"
  if (cd build-fuzz && ./fuzz_"$target" "corpus/$target" -dict="dict/$target.dict" -max_total_time="$seconds" \
    -max_len=65536 -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 -artifact_prefix="findings/$target/" \
    >"fuzz_$target.log" 2>&1); then
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    echo "fuzz $target: ${seconds}s, $runs inputs, nothing found"
  else
    failed=1
    echo "fuzz $target: FOUND a failure (log $log):"
    grep -E 'ERROR|SUMMARY|what\(\)|Test unit written' "$log" | head -5
    echo "  replay: build-fuzz/fuzz_$target $findings/<file>; commit it to tests/fuzz/regressions/$target/"
  fi
done
exit $failed
