#!/usr/bin/env bash
# The checks that need Node, Python or a browser: Ajv in strict mode, Spectral on the OpenAPI
# files, the TypeScript declarations with tsc, JSON Forms and react-jsonschema-form in headless
# Chromium, the CIDS exports in jsonld.js, the differential test against Python's jsonschema,
# the hostile corpus's renderings opened the way their readers see them (Chromium, markdown-it,
# marked, mermaid; it runs `cargo run --example hostile_corpus`), and the report for the board
# and funders (`tov report`) in headless Chromium, with axe-core and a print to PDF read back
# with pdftotext. Installs what it needs: Debian's chromium and poppler-utils (as root, with
# apt-get), Python's jsonschema (pip) and the npm packages pinned in package-lock.json.
#   web/browser-tests.sh                           # run the checks
#   SCREENSHOT_DIR=docs/images web/browser-tests.sh  # and refresh the screenshots in the docs
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "== installing Chromium (Debian package chromium)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing and installing it needs root: apt-get install chromium" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! command -v pdftotext >/dev/null; then
  echo "== installing pdftotext (Debian package poppler-utils)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "pdftotext is missing and installing it needs root: apt-get install poppler-utils" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi

if ! python3 -c "import jsonschema" 2>/dev/null; then
  echo "== installing Python's jsonschema (PyPI)"
  python3 -m pip install --quiet "jsonschema==4.26.0"
fi

echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "== building the form page"
npm run --silent build
echo "== writing the reports (tov report)"
cargo build --quiet --features cli --bin tov
tov="$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')/debug/tov"
mkdir -p dist
for lang in nl en; do
  "$tov" --lang "$lang" report -o "dist/report-example-$lang.html"
  "$tov" --lang "$lang" report --tov ../data/national-tov.json -o "dist/report-national-$lang.html"
done
echo "== node --test"
node --test test/
echo "== differential test: the crate and Python's jsonschema on mutated documents"
python3 differential.py
