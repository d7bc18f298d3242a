#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: formatting, lints (native and wasm),
# Rust unit + golden SVG + data tests, the wasm build, then the browser tests in headless Chromium
# (and the demo page in Firefox ESR and WebKitGTK where installed: tests/browser/engines.test.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n==> %s\n' "$*"; }

bash scripts/setup.sh
say "cargo fmt --check"
cargo fmt --check
say "cargo clippy (native, all targets) -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
say "cargo clippy (wasm32 web layer, full module, lean core and picture module) -D warnings"
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --target-dir target/chronicle_core -- -D warnings
cargo clippy -p chronicle-picture --features web --lib --target wasm32-unknown-unknown --target-dir target/chronicle_picture -- -D warnings
say "cargo test (unit, data and golden SVG tests; the picture module's rules)"
cargo test --workspace
say "building the wasm module"
bash scripts/build.sh
bash scripts/ensure-browser.sh
say "browser tests (node --test; Chromium via playwright-core, Firefox via puppeteer-core, WebKit via selenium-webdriver)"
# The tests write what they produce to tests/out/ (ignored): the tree must be as it was.
before=$(git status --porcelain 2>/dev/null || true)
node --test --test-concurrency=1 tests/browser/
after=$(git status --porcelain 2>/dev/null || true)
if [ "$before" != "$after" ]; then
  printf 'the browser tests changed tracked or unignored files:\n%s\n' "$after" >&2
  exit 1
fi
