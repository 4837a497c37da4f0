#!/usr/bin/env bash
# Installs, on Debian or Ubuntu, the libraries the desktop application
# loads at run time (X11/Wayland, EGL/GL with Mesa's software renderer,
# fontconfig) plus any extra packages named as arguments. Does nothing for
# packages already installed; uses sudo when not root.
set -euo pipefail
pkgs=(libx11-6 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 libwayland-client0
      libwayland-egl1 libegl1 libgl1 libgl1-mesa-dri libfontconfig1 "$@")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "setup-debian: not a Debian system; install these yourself: ${missing[*]}" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup-debian: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
