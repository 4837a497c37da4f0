#!/usr/bin/env bash
# Starts Standards Atlas under Xvfb on the bundled corpus and saves a
# screenshot of each view to docs/screenshots/ (or the folder given).
# Installs what it needs on Debian/Ubuntu if missing: xvfb, x11-utils,
# xdotool, imagemagick, and the libraries the binary loads at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"

scripts/setup-debian.sh xvfb x11-utils xdotool imagemagick

cargo build --release --quiet
bin=target/release/stdatlas

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1
# A fresh settings folder, so screenshots never depend on a past session.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# shot NAME ARGS...: run the app with ARGS, wait for its window, save NAME.png.
shot() {
  local name=$1; shift
  STDATLAS_TRACE_STARTUP=1 "$bin" "$@" 2>"$out/$name.log" &
  local pid=$!
  xdotool search --sync --name "Standards Atlas" >/dev/null
  xdotool mousemove 1439 899
  sleep 3
  import -window root "$out/$name.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$out/$name.png  ($(grep -o 'after [0-9.]* s' "$out/$name.log" || echo 'no start-up trace'))"
  rm -f "$out/$name.log"
}

shot records --select "SAC/TC260/WG8"
shot details --select "GB 45438-2025"
shot timeline --view timeline
shot graph --view graph --select "GB 45438-2025"
