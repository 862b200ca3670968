#!/usr/bin/env bash
# Lighthouse (bench/lighthouse.sh's settings: mobile preset) on the same page served twice — an
# earlier commit and this one, say — alternating run by run, so that both see the same load on a
# shared machine: prints each run (with the load average when it started) and, for each address,
# the median performance score and total blocking time.
#   bench/lighthouse-pair.sh BEFORE_URL AFTER_URL [RUNS]   (RUNS of each, default 5)
# e.g. a worktree of main served on port 18081 and this checkout on 18080:
#   bench/lighthouse-pair.sh http://localhost:18081/map http://localhost:18080/map 7
set -euo pipefail
before="$1"
after="$2"
runs="${3:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$runs"); do
  for side in before after; do
    url="$before"
    [ "$side" = after ] && url="$after"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12.8.2 "$url" \
      --only-categories=performance --chrome-flags="--headless=new --no-sandbox" \
      --output=json --output-path="$work/$side-$i.json" --quiet
    python3 - "$work/$side-$i.json" "$side" "$load" <<'PY' | tee -a "$work/runs"
import json, sys
r = json.load(open(sys.argv[1]))
a = r["audits"]
print(f"{sys.argv[2]:6} load {sys.argv[3]:>5}: performance {round(r['categories']['performance']['score'] * 100)},"
      f" TBT {round(a['total-blocking-time']['numericValue'])} ms,"
      f" LCP {round(a['largest-contentful-paint']['numericValue'])} ms,"
      f" CLS {a['cumulative-layout-shift']['numericValue']:.3f},"
      f" {round(a['total-byte-weight']['numericValue'])} bytes")
PY
  done
done
python3 - "$work/runs" "$before" "$after" <<'PY'
import re, statistics, sys
rows = open(sys.argv[1]).read().splitlines()
for side, url in (("before", sys.argv[2]), ("after", sys.argv[3])):
    mine = [r for r in rows if r.startswith(side)]
    score = statistics.median(int(re.search(r"performance (\d+)", r).group(1)) for r in mine)
    tbt = statistics.median(int(re.search(r"TBT (\d+)", r).group(1)) for r in mine)
    print(f"{side} ({url}): median performance {score:g}, median TBT {tbt:g} ms, {len(mine)} runs")
PY
