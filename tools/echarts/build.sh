#!/usr/bin/env bash
# Builds the dashboard's own ECharts from the npm registry: only the chart types and components
# that dashboard.js draws, minified into ES modules that a page loads when it draws a chart:
#   charts.js  line, bar and scatter charts on a grid, legend, guideline lines
#   map.js     the map, its geo panes and colour key (only pages with a map load it)
#   svg.js     the SVG renderer (loaded only to download a chart as SVG; pages draw on canvas)
# What they share (ECharts' core, the canvas renderer, title, tooltip, graphic text, aria, see
# common.js) goes into chunk-<hash>.js, named by its content: the server hands it out under that
# name, and the entries under names with a hash of their own (/assets/echarts/charts.<hash>.js).
# The result is committed (with ECharts' LICENSE and NOTICE beside it), so building burdenshare
# needs only a JDK; run this only to change what the dashboard draws or the ECharts version.
#   tools/echarts/build.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../burdenshare-server/src/main/resources/burdenshare-web/static/echarts"
cd "$here"
npm install --no-audit --no-fund --silent
mkdir -p "$out"
rm -f "$out"/*.js
npx --no-install esbuild charts.js map.js svg.js --bundle --splitting --format=esm --minify \
  --target=es2017 --legal-comments=none --entry-names='[name]' --chunk-names='chunk-[hash]' \
  --log-level=warning --outdir="$out"
cp node_modules/echarts/LICENSE "$out/LICENSE"
cp node_modules/echarts/NOTICE "$out/NOTICE"
# What a page loads, gzipped one file at a time (as the server sends them): an entry and the
# chunks it imports.
for entry in charts map svg; do
  files=("$entry.js")
  while read -r chunk; do files+=("$chunk"); done \
    < <(grep -o '"\./chunk-[A-Z0-9]*\.js"' "$out/$entry.js" | tr -d '"' | sed 's|^\./||' | sort -u)
  bytes=0
  gzipped=0
  for f in "${files[@]}"; do
    bytes=$((bytes + $(wc -c < "$out/$f")))
    gzipped=$((gzipped + $(gzip -9c "$out/$f" | wc -c)))
  done
  printf '%-9s %7d bytes, %7d gzipped: %s\n' "$entry.js" "$bytes" "$gzipped" "${files[*]}"
done
