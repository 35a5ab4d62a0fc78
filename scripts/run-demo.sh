#!/usr/bin/env bash
# README command 1: install, build a Release build, open Emberglass on the demo profile.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release

app=build/release/app/emberglass
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --demo "$@"
fi
# No screen here (a server, a container): run on a virtual one and save what it shows.
shot="$PWD/build/release/emberglass-demo.png"
echo "run-demo: no display; rendering the window on Xvfb into $shot"
xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --screenshot "$shot" "$@"
echo "run-demo: saved $shot"
