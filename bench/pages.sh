#!/usr/bin/env bash
# Time to first byte of the dashboard pages that rank or simulate (curl), against a baseline in the
# same run: the overview page, which does neither. Each start of `serve` measures how long it took
# to say it is ready (/health answers 200), each page's first request after that, and then the
# median of the next N requests of each page (warm). Prints, over the starts, the median ready
# time and, per page, the median first and warm times and the warm ratio against the overview.
# Given an earlier build's jar, its server is started in turn with this one (the same load for
# both) and measured the same way, for a before and after from one run.
# Usage: bench/pages.sh [runs] [wait] [starts] [baseline.jar]   (the baseline's directory holds its
#   DuckDB native library, as burdenshare-cli/target does after a build)
#   runs: warm requests per page and start (default 5); wait: seconds between ready and the first
#   request (default 0, so that the first request may meet work still being prepared); starts:
#   server starts (default 1)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
wait="${2:-0}"
starts="${3:-1}"
baseline="${4:-}"
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
ttfb() { curl -s -o /dev/null -w '%{time_starttransfer}' "http://127.0.0.1:$port$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { awk -v s="$1" 'BEGIN {printf "%.1f", s * 1000}'; }
pages=(/scenarios / /fairshare /map)

# one start of a build ("this" or "baseline"): appends its times to $work/<build>.<what>
measure() {
  local build="$1" start end p
  start=$(date +%s%N)
  if [ "$build" = this ]; then
    ./burdenshare serve --port "$port" >"$work/serve.log" 2>&1 &
  else
    # the launcher runs `serve` with no JVM options of its own: the baseline's jar is run so too
    java ${BURDENSHARE_JAVA_OPTS:-} -jar "$baseline" serve --port "$port" >"$work/serve.log" 2>&1 &
  fi
  server_pid=$!
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))" >>"$work/$build.ready"
  sleep "$wait"
  local i=0
  for p in "${pages[@]}"; do
    echo "$(ttfb "$p")" >>"$work/$build.first.$i"
    i=$((i + 1))
  done
  i=0
  for p in "${pages[@]}"; do
    for _ in $(seq "$runs"); do echo "$(ttfb "$p")" >>"$work/$build.warm.$i"; done
    i=$((i + 1))
  done
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

report() {
  local build="$1" i base
  echo "$build: ready after serve was launched, median of $starts: $(median <"$work/$build.ready") ms"
  base=$(median <"$work/$build.warm.1")
  i=0
  for p in "${pages[@]}"; do
    local first warm
    first=$(median <"$work/$build.first.$i")
    warm=$(median <"$work/$build.warm.$i")
    printf '  %-11s first %7s ms (median of %d)   warm %6s ms (median of %d)   warm ratio to the overview %s\n' \
      "$p" "$(ms "$first")" "$starts" "$(ms "$warm")" "$((runs * starts))" \
      "$(awk -v a="$warm" -v b="$base" 'BEGIN {printf "%.2f", a/b}')"
    i=$((i + 1))
  done
}

for _ in $(seq "$starts"); do
  measure this
  [ -n "$baseline" ] && measure baseline
done
report this
[ -n "$baseline" ] && report baseline
exit 0
