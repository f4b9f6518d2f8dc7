#!/usr/bin/env bash
# Export throughput: recorder fps at 1280x720 and 1920x1080 next to ffmpeg encoding a test pattern alone (same
# frame count, encoder and settings), as `name value unit` lines; the goal is a ratio of at least 0.8.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
frames=${BENCH_FRAMES:-150}   # frames per measurement (at 30 fps)
crf=18
repeats=${BENCH_REPEATS:-3}  # interleaved runs; the best of each is reported (robust to other load)
[ -x "$build_dir/synapse-lab" ] || ./scripts/build.sh "$build_dir"
app="$build_dir/synapse-lab"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", n / (b - a) }'; }

# A script of frames/30 seconds through the three views with captions: a typical recording's content.
seconds=$(awk -v n="$frames" 'BEGIN { printf "%.4f", n / 30 }')
third=$(awk -v s="$seconds" 'BEGIN { printf "%.4f", s / 3 }')
cat > "$tmp/bench.json" <<JSON
{"scenario": "standard-infusion", "segments": [
  {"duration_s": $third, "view": "circuit", "time_h": "30min", "rate_h_per_s": 0.05, "caption": "Disinhibition: interneurons quiet down."},
  {"duration_s": $third, "view": "synapse", "caption": {"quote": "nmda-1"}},
  {"duration_s": $third, "view": "spine", "time_h": {"from": "2h", "to": "3d", "ease": "log"}, "caption": "New spines grow."}]}
JSON

echo "# synapse-lab --benchmark"
"$app" --benchmark
echo "# export throughput: $frames frames at 30 fps, libx264 crf $crf, $(nproc) cores, best of $repeats interleaved runs"
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a > b ? a : b) }'; }
for size in 1280x720 1920x1080; do
    export_fps=0
    encoder_fps=0
    for _ in $(seq "$repeats"); do
        t0=$(now)
        "$app" --record "$tmp/export.mp4" --script "$tmp/bench.json" --size "$size" --fps 30 --crf "$crf" 2>/dev/null
        t1=$(now)
        ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$size:rate=30,format=rgba" -frames:v "$frames" \
            -c:v libx264 -pix_fmt yuv420p -crf "$crf" -movflags +faststart "$tmp/pattern.mp4"
        t2=$(now)
        export_fps=$(best "$export_fps" "$(rate "$frames" "$t0" "$t1")")
        encoder_fps=$(best "$encoder_fps" "$(rate "$frames" "$t1" "$t2")")
    done
    echo "export_fps_$size $export_fps fps"
    echo "encoder_only_fps_$size $encoder_fps fps"
    echo "export_vs_encoder_$size $(awk -v a="$export_fps" -v b="$encoder_fps" 'BEGIN { printf "%.2f", a / b }') ratio"
done

# Narrated export at 1920x1080: the same script with a spoken line per segment (--voice flite: speech synthesis,
# mixing and AAC included) next to ffmpeg encoding the test pattern and one spoken WAV of the same length alone.
if command -v flite >/dev/null; then
    python3 - "$tmp/bench.json" "$tmp/narrated.json" <<'PY'
import json, sys
script = json.load(open(sys.argv[1]))
for segment, line in zip(script["segments"], ["Interneurons quiet down.", "Receptors are blocked.", "New spines grow."]):
    segment["say"] = line
json.dump(script, open(sys.argv[2], "w"))
PY
    flite -t "Interneurons quiet down. Receptors are blocked. New spines grow." -o "$tmp/speech.wav"
    size=1920x1080
    export_fps=0
    encoder_fps=0
    for _ in $(seq "$repeats"); do
        t0=$(now)
        "$app" --record "$tmp/narrated.mp4" --script "$tmp/narrated.json" --size "$size" --fps 30 --crf "$crf" \
            --voice flite 2>/dev/null
        t1=$(now)
        ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$size:rate=30,format=rgba" -i "$tmp/speech.wav" \
            -frames:v "$frames" -map 0:v -map 1:a -c:v libx264 -pix_fmt yuv420p -crf "$crf" -c:a aac -b:a 160k \
            -ar 48000 -movflags +faststart "$tmp/pattern.mp4"
        t2=$(now)
        export_fps=$(best "$export_fps" "$(rate "$frames" "$t0" "$t1")")
        encoder_fps=$(best "$encoder_fps" "$(rate "$frames" "$t1" "$t2")")
    done
    echo "narrated_export_fps_$size $export_fps fps"
    echo "narrated_encoder_only_fps_$size $encoder_fps fps"
    echo "narrated_export_vs_encoder_$size $(awk -v a="$export_fps" -v b="$encoder_fps" 'BEGIN { printf "%.2f", a / b }') ratio"
    # Speech synthesis of the shipped script's narration: every "say" line through flite, one after another.
    python3 - assets/scripts/ketamine-mechanism.json "$tmp/lines.txt" <<'PY'
import json, sys
quotes = {q["id"]: q["text"] for q in json.load(open("assets/content/quotes.json"))["quotes"]}
says = [s["say"] for s in json.load(open(sys.argv[1]))["segments"] if "say" in s]
lines = [say if isinstance(say, str) else quotes[say["quote"]] for say in says]
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
PY
    t0=$(now)
    while IFS= read -r line; do flite -t "$line" -o "$tmp/line.wav"; done < "$tmp/lines.txt"
    t1=$(now)
    echo "shipped_narration_lines $(wc -l < "$tmp/lines.txt") lines (quotes without their spoken source)"
    echo "shipped_narration_synthesis_s $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s"
else
    echo "# flite not installed: narrated export not measured (scripts/deps.sh installs it)"
fi
