#!/usr/bin/env bash
# The checks that need Node and a browser: Ajv in strict mode, react-jsonschema-form in headless
# Chromium, the CIDS exports in jsonld.js, and the hostile corpus's renderings opened the way
# their readers see them (Chromium, markdown-it, marked, mermaid; it runs `cargo run --example
# hostile_corpus`). Installs what it needs: Debian's chromium (as root, with apt-get) and
# the npm packages pinned in package-lock.json.
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

echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "== building the form page"
npm run --silent build
echo "== node --test"
node --test test/
