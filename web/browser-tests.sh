#!/usr/bin/env bash
# The schema checks that need Node, Python or a browser: Ajv in strict mode, Spectral on the
# OpenAPI files, the TypeScript declarations with tsc, JSON Forms and react-jsonschema-form in
# headless Chromium, and the differential test against Python's jsonschema. Installs what it
# needs: Debian's chromium and python3-jsonschema (as root, with apt-get) and the npm packages
# pinned in package-lock.json.
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

if ! python3 -c "import jsonschema" 2>/dev/null; then
  echo "== installing Python's jsonschema (Debian package python3-jsonschema)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "python3-jsonschema is missing and installing it needs root: apt-get install python3-jsonschema" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema >/dev/null
fi

echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "== building the form page"
npm run --silent build
echo "== node --test"
node --test test/
echo "== differential test: the crate and Python's jsonschema on mutated documents"
python3 differential.py
