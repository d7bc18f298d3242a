#!/usr/bin/env bash
# Installs what the build needs, only where it is missing: the wasm32 target, the wasm-bindgen
# CLI of exactly the version Cargo.lock pins, and the npm dev dependencies (wasm-opt from the
# `binaryen` package, playwright-core). Safe to run again; says what it does.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '==> %s\n' "$*"; }

command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup (https://rustup.rs)" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm not found: install Node.js 20 or newer" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must equal the locked crate version, or the generated glue does not match the module.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (compiles from crates.io: about 3 minutes, once)"
  # Not --locked: one of its locked dependencies is not in the registry this machine reaches.
  cargo install wasm-bindgen-cli --version "$want"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
