#!/usr/bin/env bash
# The red-team suite at full scale, on this machine only (loopback): 1,000 damaged or nonsensical
# imports (NATO's workbook, SIPRI's from ../shared, CSV releases), 100 imports killed with
# SIGKILL, 4,000 hostile HTTP requests, then the server under attack (bench/redteam-serve.py:
# a corrected release imported under load, 64 concurrent claim checks of up to 1 MB, a
# 900,000-digit claim) and the SQL console's limits. Each trial prints "tried, passed, failed".
# The default build runs small samples of the first three.
# Usage: bench/redteam.sh [inputs] [kills] [requests]   (default 1000 100 4000); about 30 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
inputs="${1:-1000}"
kills="${2:-100}"
requests="${3:-4000}"
shared="$(cd .. && pwd)/shared"
[ -f "$shared/data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx" ] \
  || { echo "bench/redteam.sh needs ../shared (SIPRI's workbook) beside the repository" >&2; exit 2; }

./mvnw -q -B install -DskipTests
./mvnw -B verify -pl burdenshare-cli,burdenshare-server \
  -Dtest='RedTeamImportTest,KillDuringImportTest,ApiFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dredteam.inputs="$inputs" -Dredteam.kills="$kills" -Dredteam.requests="$requests" \
  -Dredteam.shared="$shared" | grep -E '^red team|Tests run:|FAIL' || true
grep -h '^red team' burdenshare-{cli,server}/target/surefire-reports/*-output.txt 2>/dev/null || true

python3 bench/redteam-serve.py

# The SQL console: each statement stopped within its time limit + 1 s (wall time includes the
# JVM's start, about 0.7 s), in DuckDB's memory limit where DuckDB manages the memory.
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export BURDENSHARE_DATA_DIR="$data"
./burdenshare releases >/dev/null 2>&1
passed=0
tried=0
for q in "SELECT length(repeat('x', 2147483647))" \
         "SELECT count(*) FROM (SELECT * FROM range(100000000) ORDER BY random())" \
         "SELECT string_agg(repeat('x', 100000), ',') FROM range(100000)" \
         "SELECT count(*) FROM range(100000000000) WHERE random() < 0.5" \
         "SELECT * FROM range(1000000000)"; do
  tried=$((tried + 1))
  start=$(date +%s%N)
  status=0
  ./burdenshare sql "$q" --timeout 3 --max-rows 5 >/dev/null 2>"$data/err" || status=$?
  seconds=$(awk -v n=$(( $(date +%s%N) - start )) 'BEGIN {printf "%.2f", n / 1e9}')
  if awk -v s="$seconds" 'BEGIN {exit !(s <= 3 + 1 + 0.8)}' && [ "$status" -le 2 ]; then
    passed=$((passed + 1))
  fi
  echo "  ${seconds} s, exit $status: ${q:0:70} — $(head -c 120 "$data/err")"
done
echo "SQL console stopped within its limit + 1 s (plus JVM start): $tried tried, $passed passed, $((tried - passed)) failed"

# A full disk (a 7 MB and a 9 MB tmpfs; needs root): creating the database fails with "No space
# left on device" and leaves nothing; an import into a database with too little room fails with
# the same words and leaves the database as it was.
if [ "$(id -u)" = 0 ] && small="$(mktemp -d)" && mount -t tmpfs -o size=7m tmpfs "$small" 2>/dev/null; then
  tried=0 passed=0
  tried=$((tried + 1))
  if ! BURDENSHARE_DATA_DIR="$small/db" ./burdenshare releases >/dev/null 2>"$data/err" \
      && grep -q 'No space left on device' "$data/err" && [ ! -e "$small/db/burdenshare.duckdb" ]; then
    passed=$((passed + 1))
  fi
  echo "  7 MB: $(head -c 200 "$data/err")"
  umount "$small" && mount -t tmpfs -o size=9m tmpfs "$small"
  BURDENSHARE_DATA_DIR="$small/db" ./burdenshare releases >/dev/null 2>&1
  tried=$((tried + 1))
  if ! BURDENSHARE_DATA_DIR="$small/db" ./burdenshare import sipri "$shared/data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx" \
      >/dev/null 2>"$data/err" && grep -q 'No space left on device' "$data/err" \
      && [ "$(BURDENSHARE_DATA_DIR="$small/db" ./burdenshare sql 'SELECT count(*) FROM observations' --format csv | tail -1)" = 15839 ]; then
    passed=$((passed + 1))
  fi
  echo "  9 MB: $(grep '^burdenshare:' "$data/err" | head -c 200)"
  umount "$small"
  echo "full disk: $tried tried, $passed passed, $((tried - passed)) failed"
else
  echo "full disk: not tried (needs root and tmpfs)"
fi
