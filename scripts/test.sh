#!/usr/bin/env bash
# README command 2 (and CI): install, build with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
# GUI tests open real windows on a virtual X server; the others render offscreen.
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --preset ci --timeout 900 "$@"
