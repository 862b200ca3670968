#!/usr/bin/env bash
# Wall time of a cold `burdenshare compare` (a new JVM each run) once the database exists,
# measured with /usr/bin/time; prints each run and the median.
# Usage: bench/cli-wall.sh [runs]   (default 11)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-11}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export BURDENSHARE_DATA_DIR="$data"
./burdenshare releases >/dev/null 2>&1   # builds the jar if needed and creates the database
args=(compare USA NATO-USA --indicator defence_exp_current_usd --year 2019 --as-of 2019-11-28)
times=()
for _ in $(seq "$runs"); do
  t=$( { /usr/bin/time -f "%e" ./burdenshare "${args[@]}" >/dev/null; } 2>&1 | tail -1)
  times+=("$t")
done
printf 'runs (s): %s\n' "${times[*]}"
printf 'median (s): %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
