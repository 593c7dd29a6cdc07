#!/usr/bin/env bash
# Takes docs/screenshot.png: builds the app if needed, starts it under Xvfb
# on a fresh profile at 1600x1000 with a default sentence, waits until the
# panes are drawn, and grabs the screen.
#
#   tools/screenshot.sh [BUILD_DIR] [SENTENCE]     (default: build)
#
# Environment: OUT [docs/screenshot.png], SIZE [1600x1000], and ACTIONS, a
# shell snippet run (with xdotool) once the panes are drawn, before the grab:
# what a user does first, for example double-clicking a pane.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
sentence=${2:-"Yesterday, my mother went to the market, but she didn't buy bread."}
app="$build/app/attnviz"
out=${OUT:-docs/screenshot.png}
size=${SIZE:-1600x1000}
actions=${ACTIONS:-}

[ -x "$app" ] || nice cmake --build "$build" --target attnviz -j2
mkdir -p "$(dirname "$out")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -m 700 "$profile/runtime"

XDG_CONFIG_HOME="$profile" XDG_RUNTIME_DIR="$profile/runtime" \
xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
  "$1" -qwindowgeometry "$2+0+0" --sentence "$3" & pid=$!
  for _ in $(seq 60); do
    xwininfo -root -tree 2>/dev/null | grep -q "\"attnviz\"" && break
    sleep 0.5
  done
  sleep 3   # first paint of every pane
  eval "$5"
  import -window root "$4"
  kill "$pid"
' _ "$app" "$size" "$sentence" "$out" "$actions"
echo "screenshot: $out ($(identify -format '%wx%h' "$out"))"
