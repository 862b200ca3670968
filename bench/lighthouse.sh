#!/usr/bin/env bash
# Lighthouse (mobile preset, its default) on a dashboard page, run three times: prints each run's
# scores, first and largest contentful paint, total blocking time and bytes, then the median
# performance score. The server must be running (./burdenshare serve --port 18080). Lighthouse comes
# from the npm registry; Chromium from Debian (/usr/bin/chromium).
#   bench/lighthouse.sh [URL]   (default: the overview, http://localhost:18080/?asOf=2026-11-01)
# To compare with an earlier commit, serve that commit on another port (git worktree) and run
# bench/lighthouse-pair.sh on both addresses: it alternates their runs, so that both see the same load.
set -euo pipefail
url="${1:-http://localhost:18080/?asOf=2026-11-01}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scores=()
for i in 1 2 3; do
  CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12.8.2 "$url" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox" \
    --output=json --output-path="$work/run-$i.json" --quiet
  scores+=("$(python3 - "$work/run-$i.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
a = r["audits"]
cats = " ".join(f"{k} {round(v['score'] * 100)}" for k, v in r["categories"].items())
print(round(r["categories"]["performance"]["score"] * 100), file=sys.stdout)
print(f"run: {cats}; FCP {a['first-contentful-paint']['displayValue']},"
      f" LCP {a['largest-contentful-paint']['displayValue']},"
      f" TBT {a['total-blocking-time']['displayValue']}, {a['total-byte-weight']['displayValue']}",
      file=sys.stderr)
PY
)")
done
printf '%s\n' "${scores[@]}" | sort -n | sed -n 2p | sed 's/^/median performance score: /'
