#!/usr/bin/env bash
# Builds the dashboard's own ECharts from the npm registry: only the chart types and components
# entry.js names, minified into one file that the server hands out as /static/echarts.min.js.
# The result is committed (with ECharts' LICENSE and NOTICE beside it), so building burdenshare
# needs only a JDK; run this only to change what the dashboard draws or the ECharts version.
#   tools/echarts/build.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../burdenshare-server/src/main/resources/burdenshare-web/static/echarts"
cd "$here"
npm install --no-audit --no-fund --silent
mkdir -p "$out"
npx --no-install esbuild entry.js --bundle --minify --format=iife --target=es2017 \
  --legal-comments=none --outfile="$out/echarts.min.js"
cp node_modules/echarts/LICENSE "$out/LICENSE"
cp node_modules/echarts/NOTICE "$out/NOTICE"
printf 'built %s: %s bytes, %s gzipped\n' "$out/echarts.min.js" \
  "$(wc -c < "$out/echarts.min.js")" "$(gzip -9c "$out/echarts.min.js" | wc -c)"
