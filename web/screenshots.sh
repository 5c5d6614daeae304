#!/usr/bin/env bash
# Renders the pictures in the docs with headless Chromium: the national ToV and the example
# organisation's ToV as diagrams, the example's value estimate report, and the Dutch and
# English forms generated from the schemas and UI schemas (empty and filled). Writes
# docs/images/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/docs/images"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --features cli --bin tov
tov=target/debug/tov
"$tov" render --format html > "$work/tov-national.html"
"$tov" render data/example/tov.json --format html > "$work/tov-example.html"
"$tov" estimate --format html > "$work/estimate.html"

# Installs Chromium and the npm packages if needed, runs the browser checks, and keeps the
# form screenshots.
SCREENSHOT_DIR="$out" web/browser-tests.sh

shoot() { # file width height
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size="$2,$3" \
    --screenshot="$out/$1.png" "file://$work/$1.html" 2>/dev/null
}
shoot tov-national 1640 1100
shoot tov-example 1640 880
shoot estimate 1060 1250
echo "wrote $(ls "$out" | tr '\n' ' ')to docs/images"
