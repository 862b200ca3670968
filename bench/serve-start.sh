#!/usr/bin/env bash
# Time from launching `burdenshare serve` to the first 200 from /health (database already
# created), then SIGTERM and check that the process has ended within 5 s. Prints each run and the
# median. Usage: bench/serve-start.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export BURDENSHARE_DATA_DIR="$data"
./burdenshare releases >/dev/null 2>&1
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./burdenshare serve --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.02; done
  end=$(date +%s%N)
  times+=("$(awk -v n=$((end - start)) 'BEGIN {printf "%.2f", n / 1e9}')")
  kill -TERM "$pid"
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "serve did not stop within 5 s of SIGTERM" >&2; exit 1; fi
done
echo "ready after (s): ${times[*]}"
echo "median (s): $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'); stopped on SIGTERM every time"
