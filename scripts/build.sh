#!/usr/bin/env bash
# Builds the widget: release wasm → wasm-bindgen (--target web) → wasm-opt -Oz, into www/pkg/,
# then prints what a page downloads, raw and gzip.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '==> %s\n' "$*"; }

say "compiling the Rust crate to wasm (release)"
cargo build --lib --release --target wasm32-unknown-unknown
say "generating the JS glue (wasm-bindgen --target web)"
wasm-bindgen --target web --no-typescript --out-dir www/pkg \
  target/wasm32-unknown-unknown/release/chronicle_charts.wasm
# wasm-bindgen writes a .gitignore of "*" into its output, which would also hide the files from
# npm pack; the repository's own .gitignore already keeps www/pkg out of git.
rm -f www/pkg/.gitignore
say "optimising for size (wasm-opt -Oz, from the npm binaryen package)"
npx --no-install wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-reference-types --enable-mutable-globals --enable-multivalue \
  www/pkg/chronicle_charts_bg.wasm -o www/pkg/chronicle_charts_bg.wasm

say "copying the language files for pages that read words without the module (www/pkg/lang/)"
mkdir -p www/pkg/lang
cp lang/*.json www/pkg/lang/
node -e 'const fs=require("fs");const codes=fs.readdirSync("lang").filter(f=>f.endsWith(".json")).map(f=>f.slice(0,-5));fs.writeFileSync("www/pkg/lang/index.json",JSON.stringify(codes)+"\n")'
# The few words shown before (or without) the module: loading, failing, retrying.
node scripts/words.mjs www/pkg
# A build id (from the module's bytes) lets an installed kiosk notice a new build.
printf "export const BUILD = '%s';\n" "$(sha256sum www/pkg/chronicle_charts_bg.wasm | cut -c1-12)" > www/pkg/build.js

say "pre-rendering the built-in charts as SVG, per language and light/dark, for browsers without WebAssembly (www/fallback/)"
mkdir -p www/fallback && rm -f www/fallback/*.svg
cargo build -q --bin chronicle-render
for chart in party-membership repression gulag; do
  for file in lang/*.json; do
    code=$(basename "$file" .json)
    for theme in light dark; do
      target/debug/chronicle-render --chart "$chart" --lang "$code" --theme "$theme" --width 800 --height 500 \
        > "www/fallback/$chart.$code.$theme.svg"
    done
  done
done

size() { printf '%-34s %8d B raw %8d B gzip\n' "$1" "$(wc -c < "$1")" "$(gzip -9 -c "$1" | wc -c)"; }
say "sizes (data and English are compiled into the wasm; other languages' words load only on their pages)"
size www/pkg/chronicle_charts_bg.wasm
size www/pkg/chronicle_charts.js
size www/pkg/words.js
size www/pkg/lang/uk.words
size www/chronicle.js
size www/interaction.js
size www/chronicle-chart.js
size www/chronicle.css
