#!/usr/bin/env bash
# `npm run soak`: the long versions of the reliability tests, printing their figures.
#   1. property tests of every parser with many more cases (PROPTEST_CASES, default 20000);
#   2. coverage-guided fuzzing of the CSV and JSON parsers with cargo-fuzz (SOAK_FUZZ_SECONDS
#      per target, default 60; installs cargo-fuzz if missing, runs on stable via RUSTC_BOOTSTRAP);
#   3. in Chromium: 1,000 add/remove cycles (wasm memory and DOM nodes before and after) and a
#      storm of 5,000 resizes and DPR changes.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n==> %s\n' "$*"; }
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
bash scripts/ensure-browser.sh

say "property tests, ${PROPTEST_CASES:=20000} cases each"
PROPTEST_CASES=$PROPTEST_CASES cargo test --release --test hostile 2>&1 | grep -E "^test |test result"

seconds=${SOAK_FUZZ_SECONDS:-60}
if ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz (compiles from crates.io, once)"
  cargo install cargo-fuzz --locked 2>/dev/null || cargo install cargo-fuzz
fi
for target in csv json; do
  say "fuzzing the $target parser for ${seconds}s"
  (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" -max_len=4096 2>&1 |
    grep -E "^#[0-9]+.*(DONE|pulse)|Done [0-9]+ runs|ERROR|panicked" | tail -3)
done

say "browser soak: add/remove cycles and a resize storm"
node tests/soak/browser-soak.mjs
