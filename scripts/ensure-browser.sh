#!/usr/bin/env bash
# Finds Chrome or Chromium for the browser tests. If there is none and we are root on Debian,
# installs Debian's chromium package; otherwise stops and says how to get one. Never downloads
# a browser build of its own (npx playwright install cannot work on a closed network).
set -euo pipefail
for b in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$b" ] && [ -x "$b" ]; then exit 0; fi
done
if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ]; then
  printf '==> installing Debian chromium for the browser tests (apt-get, about a minute)\n'
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chrome or Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium)," >&2
echo "or point CHROME_PATH at its binary, then run npm test again." >&2
exit 1
