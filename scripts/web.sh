#!/usr/bin/env bash
# Builds Synapse Lab as a static WebAssembly page in build-web/site/ (Debian's Emscripten, SDL2 and ImGui from Debian
# sources), serves it, and tests it in headless Chromium.
#
#   ./scripts/web.sh               packages, sources, SDL2 + ImGui (cached), the web targets, the page in build-web/site
#   ./scripts/web.sh --serve       the same, then serves the page on http://localhost:8000 (PORT=... for another)
#   ./scripts/web.sh --test        the same, then the model check, the SDL2 + ImGui smoke check and the page's tests
#   ./scripts/web.sh --measure     the page's tests with the budgets' figures and the docs' screenshots
#   ./scripts/web.sh --toolchain   only the packages, sources, SDL2 and ImGui
#   ./scripts/web.sh --test-model  the page, then the standard preset native vs WebAssembly (1e-9 relative)
#   ./scripts/web.sh --test-smoke  the page, then SDL2 + ImGui alone in headless Chromium
#   ./scripts/web.sh --test-page   the page, then only its tests in headless Chromium (tests/web)
#
# Nothing is downloaded but Debian packages: SDL2 and ImGui come from `apt-get source` with a private
# sources list and state folder under build-web/deps/apt (the system's apt configuration is not touched).
# JOBS sets the build parallelism (default: all cores). See docs/web.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/build-web
deps=$out/deps
jobs=${JOBS:-$(nproc)}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
sdl_version=2.26.5
imgui_version=1.86

log() { printf 'web.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# run_logged LOG CMD...: runs CMD with its output in LOG; on failure shows the log's tail and stops.
run_logged() {
  local logfile=$1
  shift
  if ! "$@" >"$logfile" 2>&1; then
    tail -n 40 "$logfile" >&2
    die "failed: $* (whole log: $logfile)"
  fi
}

# Installs the Debian packages the web build needs, only those missing (as scripts/deps.sh does).
install_packages() {
  local packages=(emscripten chromium dpkg-dev xz-utils build-essential cmake python3 nodejs libglm-dev
    nlohmann-json3-dev libstb-dev fonts-inter fonts-dejavu-core)
  command -v npm >/dev/null || packages+=(npm)  # nodesource's nodejs brings its own
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Debian's em++ runs Node scripts that need acorn from /usr/share/nodejs, which the installed node
# (nodesource's v20) does not search by itself. The prebuilt system libraries live in Debian's frozen
# cache (/usr/share/emscripten/cache), so EM_CACHE must stay unset. Programs for Node are linked with
# -sWASM_ASYNC_COMPILATION=0: node 20's built-in fetch breaks the 3.1.6 loader (-sENVIRONMENT=node
# alone does not avoid it; `node --no-experimental-fetch` would).
setup_emscripten() {
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
  [ -z "${EM_CACHE:-}" ] || log "warning: EM_CACHE is set ($EM_CACHE); Debian's prebuilt cache is /usr/share/emscripten/cache"
  emcc_version=$(emcc -dumpversion)
  local check=$out/emcc-check
  mkdir -p "$check"
  printf '#include <cmath>\n#include <cstdio>\nint main() { std::printf("%%.17g\\n", std::exp(0.5)); }\n' >"$check/check.cpp"
  run_logged "$check/log.txt" em++ -O2 -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 "$check/check.cpp" -o "$check/check.js"
  [ "$(node "$check/check.js")" = "1.6487212707001282" ] || die "em++ built a program that printed the wrong number"
  log "emcc $emcc_version works (Node $(node --version))"
}

# Fetches Debian's source packages of SDL2 and ImGui with a private apt state under build-web/deps/apt.
fetch_sources() {
  local apt=$deps/apt src=$deps/src
  if [ -f "$src/.fetched" ]; then
    sdl_src=$(sed -n 1p "$src/.fetched")
    imgui_src=$(sed -n 2p "$src/.fetched")
    return 0
  fi
  rm -rf "$apt" "$src"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$src"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror bookworm main" >"$apt/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=)
  # As root apt downloads as user _apt, who may not write to this folder: download as ourselves.
  [ "$(id -u)" -eq 0 ] && opts+=(-o APT::Sandbox::User=root)
  local start=$SECONDS
  run_logged "$apt/update.log" apt-get "${opts[@]}" update
  (cd "$src" && run_logged "$apt/source.log" apt-get "${opts[@]}" source --only-source libsdl2 imgui)
  sdl_src=$(find "$src" -maxdepth 1 -type d -name "libsdl2-$sdl_version*" | head -n 1)
  imgui_src=$(find "$src" -maxdepth 1 -type d -name "imgui-$imgui_version*" | head -n 1)
  [ -n "$sdl_src" ] || die "bookworm's libsdl2 source is not $sdl_version: $(ls "$src")"
  [ -n "$imgui_src" ] || die "bookworm's imgui source is not $imgui_version: $(ls "$src")"
  printf '%s\n%s\n' "$sdl_src" "$imgui_src" >"$src/.fetched"
  log "fetched $(basename "$sdl_src") and $(basename "$imgui_src") in $((SECONDS - start)) s"
}

# build_cached NAME RECIPE CMD...: runs CMD unless deps/NAME/.recipe already holds RECIPE.
build_cached() {
  local name=$1 recipe=$2
  shift 2
  if [ -f "$deps/$name/.recipe" ] && [ "$(cat "$deps/$name/.recipe")" = "$recipe" ]; then
    log "$name: cached in $deps/$name"
    return 0
  fi
  rm -rf "${deps:?}/$name" "${deps:?}/$name-build"
  local start=$SECONDS
  "$@"
  echo "$recipe" >"$deps/$name/.recipe"
  log "$name: built in $((SECONDS - start)) s"
}

# SDL2, static, with only what a WebGL 2 page needs: video (the Emscripten driver, GL ES), events, timers.
sdl_options=(-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL2_DISABLE_UNINSTALL=ON
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF
  -DSDL_RENDER=OFF -DSDL_THREADS=OFF -DSDL_PTHREADS=OFF -DSDL_LOADSO=OFF -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF
  -DSDL_CCACHE=OFF -DSDL_ASSERTIONS=release)
build_sdl2() {
  run_logged "$deps/sdl2-configure.log" emcmake cmake -S "$sdl_src" -B "$deps/sdl2-build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$deps/sdl2" "${sdl_options[@]}"
  run_logged "$deps/sdl2-build.log" cmake --build "$deps/sdl2-build" -j"$jobs"
  run_logged "$deps/sdl2-install.log" cmake --install "$deps/sdl2-build"
}

# Dear ImGui's core, std::string helpers and SDL2 + OpenGL3 (ES3) backends as one static library,
# -O2 with its assertions on, as Debian builds the desktop's libimgui.
imgui_options=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O2)
build_imgui() {
  run_logged "$deps/imgui-configure.log" emcmake cmake -S "$root/cmake/web/imgui" -B "$deps/imgui-build" \
    "${imgui_options[@]}" -DCMAKE_INSTALL_PREFIX="$deps/imgui" -DIMGUI_SOURCE_DIR="$imgui_src" \
    -DSDL2_DIR="$deps/sdl2/lib/cmake/SDL2"
  run_logged "$deps/imgui-build.log" cmake --build "$deps/imgui-build" -j"$jobs"
  run_logged "$deps/imgui-install.log" cmake --install "$deps/imgui-build"
}

toolchain() {
  install_packages
  mkdir -p "$deps"
  setup_emscripten
  fetch_sources
  build_cached sdl2 "$(basename "$sdl_src") emcc $emcc_version ${sdl_options[*]}" build_sdl2
  build_cached imgui "$(basename "$imgui_src") emcc $emcc_version ${imgui_options[*]} $(basename "$sdl_src") \
$(sha256sum "$root/cmake/web/imgui/CMakeLists.txt" | cut -c1-16)" build_imgui
}

# The project's web targets: the page (into build-web/site), the model check and the SDL2 + ImGui link check.
build_app() {
  local start=$SECONDS
  run_logged "$out/app-configure.log" emcmake cmake -S "$root" -B "$out/app" -DCMAKE_BUILD_TYPE=Release \
    -DSYNAPSE_WEB_DEPS="$deps" -DSYNAPSE_WEB_SITE_DIR="$out/site"
  run_logged "$out/app-build.log" cmake --build "$out/app" -j"$jobs"
  log "web targets built in $((SECONDS - start)) s; the page is in $out/site:"
  local f
  for f in "$out"/site/index.*; do
    log "  $(basename "$f"): $(stat -c %s "$f") bytes, $(gzip -9 -c "$f" | wc -c) gzipped"
  done
}

# The standard preset simulated natively (the desktop CMake's model_dump, RelWithDebInfo as
# scripts/build.sh builds it) and as WebAssembly under Node, every sample compared within 1e-9 relative.
test_model() {
  local check=$out/model-check native=$out/native
  mkdir -p "$check" "$native"
  ./scripts/deps.sh
  run_logged "$out/native-configure.log" cmake -S "$root" -B "$native" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSYNAPSE_BUILD_TESTS=OFF
  run_logged "$out/native-build.log" cmake --build "$native" --target model_dump -j"$jobs"
  g++ -std=c++20 -O2 -Wall -Wextra -Werror "$root/tools/charconv_compat_check.cpp" -o "$native/charconv_compat_check"
  "$native/charconv_compat_check"
  "$native/tools/model_dump" "$root/assets" "$check/native.txt"
  node "$out/app/tools/model_dump.js" "$root/assets" "$check/wasm.txt"
  python3 - "$check/native.txt" "$check/wasm.txt" <<'PY'
import sys
native, wasm = (open(p).read().split("\n") for p in sys.argv[1:3])
if len(native) != len(wasm) or native[0] != wasm[0]:
    sys.exit(f"model check: {len(native)} native lines, {len(wasm)} WebAssembly lines, or different columns")
names = native[0].split()
worst, worst_at, values, identical = 0.0, "", 0, 0
for row, (a_line, b_line) in enumerate(zip(native[1:], wasm[1:]), start=1):
    a_fields, b_fields = a_line.split(), b_line.split()
    if a_fields[-1:] != b_fields[-1:]:
        sys.exit(f"model check: sample {row}: stage {a_fields[-1:]} native, {b_fields[-1:]} WebAssembly")
    for name, a_text, b_text in zip(names[:-1], a_fields[:-1], b_fields[:-1]):
        a, b = float(a_text), float(b_text)
        values += 1
        identical += a_text == b_text
        scale = max(abs(a), abs(b))
        rel = abs(a - b) / scale if scale > 0 else 0.0
        if rel > worst:
            worst, worst_at = rel, f" ({name} at t = {a_fields[0]} h: {a_text} vs {b_text})"
print(f"model check: {len(native) - 2} samples, {values} values, {identical} identical to 17 digits, "
      f"max relative difference {worst:.3g}{worst_at}")
sys.exit(1 if worst > 1e-9 else 0)
PY
}

# serve_loopback DIR LOG: serves DIR on a free loopback port with Python's http.server (stopped when the script
# ends); sets server_port.
serve_loopback() {
  local dir=$1 logfile=$2 _
  : >"$logfile"  # exists before the server starts writing it: the loop below reads it at once (a race otherwise)
  python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$dir" >>"$logfile" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true' EXIT
  server_port=""
  for _ in $(seq 50); do
    server_port=$(sed -n 's/.* port \([0-9]*\).*/\1/p' "$logfile" | head -n 1)
    [ -n "$server_port" ] && return 0
    sleep 0.1
  done
  die "the loopback web server did not start: $(cat "$logfile")"
}

stop_loopback() {
  kill "$server_pid" 2>/dev/null || true
  trap - EXIT
}

# chromium_shot DIR URL W,H: one headless Chromium run under virtual time (5 s) with software WebGL 2, its console
# in DIR/console.txt and a screenshot in DIR/screenshot.png.
chromium_shot() {
  local dir=$1 url=$2 size=$3
  timeout 180 chromium --headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-quic \
    --user-data-dir="$dir/profile" --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
    --window-size="$size" --screenshot="$dir/screenshot.png" "$url" >"$dir/chromium.log" 2>&1 || true
  grep 'CONSOLE' "$dir/chromium.log" | sed 's/^[^"]*//' >"$dir/console.txt" || true
}

# web_smoke in headless Chromium with software WebGL 2 (SwiftShader), served on loopback: SDL2 opens a
# WebGL 2 context and ImGui draws three frames; a screenshot lands in build-web/smoke-check/.
test_smoke() {
  local check=$out/smoke-check
  rm -rf "$check"
  mkdir -p "$check"
  serve_loopback "$out/app/tools" "$check/http.log"
  chromium_shot "$check" "http://127.0.0.1:$server_port/web_smoke.html" 640,480
  stop_loopback
  if ! grep -q '"web_smoke: 3 frames"' "$check/console.txt"; then
    cat "$check/console.txt" >&2
    die "web_smoke did not draw 3 frames in headless Chromium (log: $check/chromium.log)"
  fi
  log "web_smoke: SDL2 + ImGui drew 3 frames in headless Chromium (WebGL 2, SwiftShader): $check/screenshot.png"
}

# The test harness's npm packages (tests/web/package-lock.json: playwright-core, which drives Debian's chromium),
# installed with `npm ci` into build-web/web-test, again only when the lock file changes.
install_test_harness() {
  local harness=$out/web-test
  mkdir -p "$harness"
  if ! cmp -s "$root/tests/web/package-lock.json" "$harness/package-lock.json" || [ ! -d "$harness/node_modules" ]; then
    cp "$root/tests/web/package.json" "$root/tests/web/package-lock.json" "$harness/"
    (cd "$harness" && run_logged "$harness/npm.log" npm ci --no-audit --no-fund)
    log "test harness installed in $harness ($(node -p "require('$harness/node_modules/playwright-core/package.json').version" 2>/dev/null || echo '?'))"
  fi
}

# The page in headless Chromium: first a plain run under virtual time (ImGui's frame time must stay positive while
# the browser's clock stands still), then tests/web/page_test.js (playwright-core) for everything else.
test_page() {
  local check=$out/page-check
  rm -rf "$check"
  mkdir -p "$check/virtual-time"
  install_test_harness
  serve_loopback "$out/site" "$check/http.log"
  local url="http://127.0.0.1:$server_port/"
  chromium_shot "$check/virtual-time" "$url" 1366,768
  if grep -q 'Synapse Lab stopped\|could not start\|Assertion' "$check/virtual-time/console.txt"; then
    cat "$check/virtual-time/console.txt" >&2
    die "the page stopped under virtual time (log: $check/virtual-time/chromium.log)"
  fi
  local extra=()
  [ "${1:-}" = measure ] && extra=(--measure --screenshots "$check/docs-images")
  [ "${1:-}" = measure ] && mkdir -p "$check/docs-images"
  local status=0
  NODE_PATH="$out/web-test/node_modules${NODE_PATH:+:$NODE_PATH}" \
    node "$root/tests/web/page_test.js" --url "$url" --out "$check" --chromium "$(command -v chromium)" "${extra[@]}" ||
    status=$?
  stop_loopback
  [ $status -eq 0 ] || die "the page's browser tests failed (screenshots and logs: $check)"
  log "the page passed its browser tests (screenshots: $check)"
}

# Serves build-web/site on localhost until interrupted.
serve() {
  local port=${PORT:-8000}
  log "Synapse Lab is served at http://localhost:$port/ (Ctrl+C stops it)"
  exec python3 -m http.server "$port" --directory "$out/site"
}

mode=${1:-build}
case "$mode" in
  build) toolchain; build_app ;;
  --serve) toolchain; build_app; serve ;;
  --test) toolchain; build_app; test_model; test_smoke; test_page ;;
  --measure) toolchain; build_app; test_page measure ;;
  --toolchain) toolchain ;;
  --test-model) toolchain; build_app; test_model ;;
  --test-smoke) toolchain; build_app; test_smoke ;;
  --test-page) toolchain; build_app; test_page ;;
  -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown option $mode (try --help)" ;;
esac
