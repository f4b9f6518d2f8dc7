#!/usr/bin/env bash
# Soak test: the lessons and the recording script on a loop through the full compositor (headless, 1920x1080), with
# resident memory and frame times sampled every 10 s; then, with --recording, a 10-minute 1080p recording with the
# recorder's memory sampled the same way.
#   ./scripts/soak.sh [MINUTES] [--recording]     (default 30 minutes)
# Writes build/soak/soak.csv, soak.png (and recording.csv, recording.png) and prints PASS or FAIL: after the first
# minute's warm-up, the highest and the lowest resident memory of the second half may exceed the first half's by less
# than 5 MB, and the frame time's median over the last third may exceed the first third's by at most 25 %.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"
recording="${2:-}"
./scripts/deps.sh gnuplot-nox
./scripts/build.sh build >/dev/null
out=build/soak
mkdir -p "$out"
app=build/synapse-lab

echo "soak: ${minutes} min of lessons and the recording script at 1920x1080 -> $out/soak.csv"
"$app" --soak "$minutes" --size 1920x1080 >"$out/soak.csv"

# verdict CSV: memory growth after warm-up (the two halves' highest and lowest), and frame-time drift (thirds).
verdict() {
  python3 - "$1" <<'PY'
import csv, statistics, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]))]
warm = [r for r in rows if float(r["elapsed_s"]) > 60.0]
if len(warm) < 6:
    print("FAIL: too short to judge: give at least 2 minutes (the first is warm-up)")
    sys.exit(1)
mem = [float(r["resident_mb"]) for r in warm]
half = max(1, len(mem) // 2)
first, second = mem[:half], mem[half:] or mem[:half]
peak_growth, floor_growth = max(second) - max(first), min(second) - min(first)
ok = peak_growth < 5.0 and floor_growth < 5.0
line = (f"memory after warm-up {min(mem):.1f}-{max(mem):.1f} MB; its highest {max(first):.1f} -> {max(second):.1f} MB "
        f"and lowest {min(first):.1f} -> {min(second):.1f} MB from the first half to the second "
        f"(growth {peak_growth:+.2f} / {floor_growth:+.2f} MB, limit 5)")
frames = [float(r["frame_median_ms"]) for r in warm if r.get("frame_median_ms")]
if frames:
    third = max(1, len(frames) // 3)
    early, late = statistics.median(frames[:third]), statistics.median(frames[-third:])
    ok = ok and late <= early * 1.25
    line += f"; frame median {early:.2f} ms in the first third, {late:.2f} ms in the last (limit +25 %)"
print(("PASS: " if ok else "FAIL: ") + line)
sys.exit(0 if ok else 1)
PY
}

# plot CSV PNG TITLE: resident memory and frame time against elapsed time.
plot() {
  gnuplot <<GP
set terminal pngcairo size 1200,600 font "DejaVu Sans,11"
set output "$2"
set datafile separator ","
set key autotitle columnhead top left
set title "$3"
set xlabel "elapsed (min)"
set ylabel "resident memory (MB)"
set y2label "frame time (ms)"
set y2tics
set ytics nomirror
set grid
plot "$1" using (\$1/60):2 with lines lw 2 title "resident memory (MB)", \
     "" using (\$1/60):3 axes x1y2 with lines title "frame time, median (ms)", \
     "" using (\$1/60):4 axes x1y2 with lines dt 2 title "frame time, 95th percentile (ms)"
GP
}

plot "$out/soak.csv" "$out/soak.png" "Soak: lessons and script on a loop, 1920x1080, ${minutes} min"
status=0
verdict "$out/soak.csv" || status=1

if [ "$recording" = "--recording" ]; then
  # A 10-minute script: 20 segments of 30 s through the three views and the whole 21 days.
  python3 - >"$out/long-script.json" <<'PY'
import json
views = ["circuit", "synapse", "spine", "receptor", "signalling"]
segments = []
for i in range(20):
    segments.append({"duration_s": 30, "view": views[i % 3], "caption": f"Part {i + 1} of 20.",
                     "time_h": {"from": f"{i * 25}h", "to": f"{i * 25 + 24}h"}})
print(json.dumps({"title": "Soak recording", "scenario": "standard-infusion", "seed": 1, "theme": "dark",
                  "segments": segments}, indent=2))
PY
  echo "soak: a 10-minute recording at 1920x1080, 30 fps -> $out/long.mp4 (memory sampled every 10 s)"
  "$app" --record "$out/long.mp4" --script "$out/long-script.json" --size 1920x1080 --fps 30 2>/dev/null &
  pid=$!
  start=$(date +%s)
  echo "elapsed_s,resident_mb" >"$out/recording.csv"
  while kill -0 "$pid" 2>/dev/null; do
    sleep 10
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$rss_kb" ] && echo "$(($(date +%s) - start)),$(awk "BEGIN {print $rss_kb * 1024 / 1e6}")" >>"$out/recording.csv"
  done
  wait "$pid" || { echo "FAIL: the recording failed"; status=1; }
  gnuplot <<GP
set terminal pngcairo size 1200,600 font "DejaVu Sans,11"
set output "$out/recording.png"
set datafile separator ","
set title "A 10-minute recording at 1920x1080: the recorder's resident memory"
set xlabel "elapsed (min)"
set ylabel "resident memory (MB)"
set grid
plot "$out/recording.csv" using (\$1/60):2 with lines lw 2 title "resident memory (MB)"
GP
  verdict "$out/recording.csv" || status=1
fi
exit $status
