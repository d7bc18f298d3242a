#!/usr/bin/env bash
# Finds the browsers the browser tests drive: Chrome or Chromium (every test), and Firefox ESR
# and WebKitGTK's WebDriver under Xvfb (tests/browser/engines.test.mjs). Where one is missing and
# we are root on Debian, installs Debian's own package (apt-get); otherwise stops (Chromium) or
# says the other engines' test will be skipped. Never downloads a browser build of its own
# (npx playwright install and puppeteer's browser download cannot work on a closed network).
set -euo pipefail
say() { printf '==> %s\n' "$*"; }
can_apt() { [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ]; }
updated=
apt_install() { # what, packages…
  local what=$1
  shift
  say "installing Debian's $* for $what (apt-get, a minute or two, once)"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$updated" ]; then apt-get update -qq && updated=1; fi
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

chrome=
for b in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$b" ] && [ -x "$b" ]; then chrome=$b; break; fi
done
if [ -z "$chrome" ]; then
  if can_apt; then
    apt_install "the browser tests" chromium
  else
    echo "No Chrome or Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium)," >&2
    echo "or point CHROME_PATH at its binary, then run npm test again." >&2
    exit 1
  fi
fi

# Firefox ESR (driven by puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver +
# selenium-webdriver, which needs an X display: xvfb-run). Fonts come with them.
missing=()
[ -x /usr/bin/firefox-esr ] || [ -n "${FIREFOX_PATH:-}" ] || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
if [ ${#missing[@]} -gt 0 ]; then
  if can_apt; then
    apt_install "the Firefox and WebKit tests" "${missing[@]}"
  else
    say "not found: ${missing[*]}; the Firefox and WebKit tests will be skipped" \
      "(Debian/Ubuntu: sudo apt-get install firefox-esr webkit2gtk-driver xvfb xauth)"
  fi
fi
