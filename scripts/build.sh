#!/usr/bin/env bash
# Builds the widget: release wasm → wasm-bindgen (--target web) → wasm-opt -Oz, into www/pkg/,
# then prints what a page downloads, raw and gzip.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '==> %s\n' "$*"; }

# One crate, built twice: the lean core every chart loads first (built-in charts, drawing,
# pointer, keys, text alternative), and the full module loaded on first use of what a reader may
# never need (a user's CSV/JSON text, exports, the data table, sound, the kiosk).
build_module() { # <name> <cargo feature flags…>
  local name=$1 dir=target/$1
  shift
  say "compiling the Rust crate to wasm (release, $name module)"
  cargo build --lib --release --target wasm32-unknown-unknown --target-dir "$dir" "$@"
  say "generating the JS glue for the $name module (wasm-bindgen --target web)"
  wasm-bindgen --target web --no-typescript --out-dir www/pkg --out-name "$name" \
    "$dir/wasm32-unknown-unknown/release/chronicle_charts.wasm"
  say "optimising the $name module for size (wasm-opt -Oz, from the npm binaryen package)"
  # --low-memory-unused: Rust puts nothing in the first 1 KB of memory (its stack starts there
  # and grows down from 1 MB), so loads and stores may fold their offsets; --converge repeats the
  # passes while they still shrink the module (2 KB gzip on the lean core).
  # The loops a large series runs through stay functions of their own, so the browser optimises
  # them, not their large callers (scripts/no-inline.mjs says why). Flags before -Oz, or it
  # inlines them first.
  local no_inline
  no_inline=$(node scripts/no-inline.mjs "www/pkg/${name}_bg.wasm")
  # shellcheck disable=SC2086 # the flags are words
  npx --no-install wasm-opt $no_inline -Oz --low-memory-unused --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-reference-types --enable-mutable-globals --enable-multivalue \
    "www/pkg/${name}_bg.wasm" -o "www/pkg/${name}_bg.wasm"
}
# The lean core draws every frame of the live chart, so it is compiled for speed: at opt-level 3
# a redraw of the small chart took 12–15 % less time at the median than at "z" (four fresh pages
# each, alternated, 28 November 2026), for 23 KB more gzip in a module that loads on first use,
# while the picture already answers. The full module stays at "z" (Cargo.toml).
CARGO_PROFILE_RELEASE_OPT_LEVEL=3 build_module chronicle_core --no-default-features
build_module chronicle_charts
# The third module: the picture's (crates/picture), which makes a built-in chart's pre-rendered
# picture answer the pointer and the keyboard before the live chart loads (~10 KB gzip).
say "compiling the picture module (crates/picture) to wasm"
cargo build -p chronicle-picture --features web --lib --release --target wasm32-unknown-unknown --target-dir target/chronicle_picture
wasm-bindgen --target web --no-typescript --out-dir www/pkg --out-name chronicle_picture \
  target/chronicle_picture/wasm32-unknown-unknown/release/chronicle_picture.wasm
npx --no-install wasm-opt -Oz --low-memory-unused --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-reference-types --enable-mutable-globals --enable-multivalue \
  www/pkg/chronicle_picture_bg.wasm -o www/pkg/chronicle_picture_bg.wasm
# wasm-bindgen writes a .gitignore of "*" into its output, which would also hide the files from
# npm pack; the repository's own .gitignore already keeps www/pkg out of git.
rm -f www/pkg/.gitignore

say "writing each built-in chart's data as a module the page imports when it shows it (www/pkg/charts/)"
rm -rf www/pkg/charts
node scripts/charts.mjs www/pkg

say "copying the language files for pages that read words without the module (www/pkg/lang/)"
mkdir -p www/pkg/lang
cp lang/*.json www/pkg/lang/
node -e 'const fs=require("fs");const codes=fs.readdirSync("lang").filter(f=>f.endsWith(".json")).map(f=>f.slice(0,-5));fs.writeFileSync("www/pkg/lang/index.json",JSON.stringify(codes)+"\n")'
# The few words shown before (or without) the module: loading, failing, retrying.
node scripts/words.mjs www/pkg
# The generated modules (the wasm-bindgen glue, the words, the charts' data) minified where they
# are: the glue carries the Rust doc comments and long local names (10 KB gzip → 5 KB).
say "minifying the generated modules in www/pkg (esbuild)"
for file in www/pkg/*.js www/pkg/charts/*.js; do
  npx --no-install esbuild --minify --format=esm --charset=utf8 --log-level=warning "$file" --outfile="$file" --allow-overwrite
done
say "bundling the chart maker's self-contained file's code (www/pkg/standalone.js)"
node scripts/standalone.mjs www/pkg
# A build id (from the module's bytes) lets an installed kiosk notice a new build.
printf "export const BUILD = '%s';\n" "$(cat www/pkg/chronicle_core_bg.wasm www/pkg/chronicle_charts_bg.wasm | sha256sum | cut -c1-12)" > www/pkg/build.js

say "pre-rendering the built-in charts as SVG, per language, light/dark and page/phone size, with each picture's map (www/fallback/, www/pkg/picture/)"
mkdir -p www/fallback www/pkg/picture && rm -f www/fallback/*.svg www/pkg/picture/*.js
cargo build -q --bin chronicle-render
# The page's picture is 800×500; the phone's (shown under 30rem, where the element's box is 46rem
# tall) is 390×736, so its text stays readable. A map per language and size: the layout, and so
# where everything is, depends on the words' widths.
for chart in party-membership repression gulag; do
  for file in lang/*.json; do
    code=$(basename "$file" .json)
    for size in "800 500 " "390 736 .narrow"; do
      read -r width height suffix <<<"$size"
      for theme in light dark; do
        target/debug/chronicle-render --chart "$chart" --lang "$code" --theme "$theme" --width "$width" --height "$height" \
          > "www/fallback/$chart.$code.$theme$suffix.svg"
      done
      target/debug/chronicle-render --chart "$chart" --lang "$code" --width "$width" --height "$height" --format map \
        > "www/pkg/picture/$chart.$code$suffix.js"
    done
  done
done
for file in www/pkg/picture/*.js; do
  npx --no-install esbuild --minify --format=esm --charset=utf8 --log-level=warning "$file" --outfile="$file" --allow-overwrite
done

say "checking that chronicle.css asks for the pictures these charts and languages have (scripts/picture-css.mjs)"
node scripts/picture-css.mjs --check

say "what one chart loads, file by file, against its budget (the benchmark measures a real page)"
node scripts/budget.mjs party-membership
