#!/usr/bin/env bash
# Time to first byte of the dashboard pages that rank or simulate (curl), against a baseline in the
# same run: the overview page, which does neither. For each page: the first request after the
# server says it is ready (/health answers 200), then the median of the next N requests (warm).
# Prints each page's first and warm times and the warm ratio against the overview.
# Usage: bench/pages.sh [runs] [wait]   (default 5 warm requests; wait: seconds between ready and
# the first request, default 0, so that the first request may meet work still being prepared)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
wait="${2:-0}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export BURDENSHARE_DATA_DIR="$work/data"
./burdenshare releases >/dev/null 2>&1
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
./burdenshare serve --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.02; done
sleep "$wait"
ttfb() { curl -s -o /dev/null -w '%{time_starttransfer}' "http://127.0.0.1:$port$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { awk -v s="$1" 'BEGIN {printf "%.1f", s * 1000}'; }
declare -A first warm
pages=(/scenarios / /fairshare /map)
for p in "${pages[@]}"; do
  first[$p]=$(ttfb "$p")
done
for p in "${pages[@]}"; do
  times=""
  for _ in $(seq "$runs"); do times="$times $(ttfb "$p")"; done
  warm[$p]=$(echo $times | tr ' ' '\n' | median)
done
base=${warm[/]}
for p in "${pages[@]}"; do
  printf '%-11s first %7s ms   warm median of %d %6s ms   ratio to the overview %s\n' "$p" \
    "$(ms "${first[$p]}")" "$runs" "$(ms "${warm[$p]}")" \
    "$(awk -v a="${warm[$p]}" -v b="$base" 'BEGIN {printf "%.2f", a/b}')"
done
