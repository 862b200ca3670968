#!/usr/bin/env bash
# Wall time of a cold `burdenshare compare` (a new JVM each run) once the database exists,
# measured with /usr/bin/time, against a baseline in the same run: `burdenshare --version`, a
# cold JVM that starts the CLI but opens no database. Prints each run, the medians and the ratio.
# Usage: bench/cli-wall.sh [runs]   (default 11)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-11}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export BURDENSHARE_DATA_DIR="$data"
./burdenshare releases >/dev/null 2>&1   # builds the jar if needed and creates the database

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  for _ in $(seq "$runs"); do
    { /usr/bin/time -f "%e" ./burdenshare "$@" >/dev/null; } 2>&1 | tail -1
  done
}
compare=$(measure compare USA NATO-USA --indicator defence_exp_current_usd --year 2019 --as-of 2019-11-28)
version=$(measure --version)
m_compare=$(echo "$compare" | median)
m_version=$(echo "$version" | median)
echo "compare runs (s):   $(echo $compare)"
echo "--version runs (s): $(echo $version)"
echo "median compare: ${m_compare} s; median --version (baseline): ${m_version} s; ratio $(awk -v a="$m_compare" -v b="$m_version" 'BEGIN {printf "%.2f", a/b}')"
