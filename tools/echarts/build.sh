#!/usr/bin/env bash
# Builds the dashboard's own ECharts from the npm registry: only the chart types and components
# that dashboard.js draws, minified into ES modules that a page loads when it draws a chart:
#   line.js, bar.js, scatter.js  a series type each, with the grid, legend and guideline lines
#                                (axes.js) that the three share
#   map.js     the map, its geo panes, colour key and graphic (only pages with a map load it)
#   svg.js     the SVG renderer (loaded only to download a chart as SVG; pages draw on canvas)
# A page loads, before a chart, the parts its series name: an ally's page its line charts' part
# first, the bars' when it comes to a bar chart. What they share (ECharts' core, the canvas
# renderer, titles, aria: see common.js) goes into chunk-<hash>.js files named by their content:
# the server hands them out under those names, and the entries under names with a hash of their
# own (/assets/echarts/line.<hash>.js). build.mjs says which of ECharts' modules it replaces.
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
node build.mjs "$out"
cp node_modules/echarts/LICENSE "$out/LICENSE"
cp node_modules/echarts/NOTICE "$out/NOTICE"
# What a page loads for a part, gzipped one file at a time (as the server sends them): an entry
# and the chunks it imports, and theirs.
for entry in line bar scatter map svg; do
  files=()
  todo=("$entry.js")
  while [ ${#todo[@]} -gt 0 ]; do
    f="${todo[0]}"
    todo=("${todo[@]:1}")
    case " ${files[*]} " in *" $f "*) continue ;; esac
    files+=("$f")
    while read -r chunk; do todo+=("$chunk"); done \
      < <(grep -o '"\./chunk-[A-Z0-9]*\.js"' "$out/$f" | tr -d '"' | sed 's|^\./||' | sort -u)
  done
  bytes=0
  gzipped=0
  for f in "${files[@]}"; do
    bytes=$((bytes + $(wc -c < "$out/$f")))
    gzipped=$((gzipped + $(gzip -9c "$out/$f" | wc -c)))
  done
  printf '%-11s %7d bytes, %7d gzipped: %s\n' "$entry.js" "$bytes" "$gzipped" "${files[*]}"
done
