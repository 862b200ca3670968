#!/usr/bin/env bash
# Time to import SIPRI's full workbook with burdenshare (a cold `./burdenshare import sipri`, JVM
# start included, into a fresh data directory whose bundled releases are already loaded), against
# a baseline in the same run: the time Debian's python3-openpyxl takes merely to load the same
# workbook. Prints each run, the medians, the ratio, the CPU time (user + system, all threads) each
# took, the peak resident memory (RSS) of both, and the load average (the machine may be shared:
# compare ratios, not times; on a busy machine the CPU times say what the waiting hides).
# With OLD=DIR, the launcher DIR/burdenshare (another build: a checkout of main, or a copy of its
# ./burdenshare, burdenshare-cli/target/ and tools/cds/) is timed too, alternating with this one
# in every run, and its ratio printed beside.
# Usage: [OLD=DIR] bench/import.sh [runs] [workbook]
#   (default 5, ../shared/data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
book="$(realpath "${2:-../shared/data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx}")"
[ -f "$book" ] || { echo "no workbook at $book" >&2; exit 2; }
old="${OLD:-}"
[ -z "$old" ] || [ -x "$old/burdenshare" ] || { echo "no launcher at $old/burdenshare" >&2; exit 2; }
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq python3-openpyxl >/dev/null; else echo "needs python3-openpyxl" >&2; exit 2; fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
BURDENSHARE_DATA_DIR="$work/base" ./burdenshare releases >/dev/null 2>&1
[ -z "$old" ] || "$old/burdenshare" --version >/dev/null 2>&1 # its class-data archive, once
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
declare -A time rss cpu
import() { # label launcher: one cold import into a copy of the loaded data directory
  rm -rf "$work/run" && cp -r "$work/base" "$work/run"
  if ! BURDENSHARE_DATA_DIR="$work/run" /usr/bin/time -f "%e %M %U %S" -o "$work/t" "$2" import sipri "$book" \
    >"$work/out" 2>&1; then
    echo "$1 build: the import failed:" >&2
    tail -5 "$work/out" >&2
    exit 1
  fi
  time[$1]="${time[$1]:-} $(tail -1 "$work/t" | cut -d' ' -f1)"
  rss[$1]="${rss[$1]:-} $(tail -1 "$work/t" | cut -d' ' -f2)"
  cpu[$1]="${cpu[$1]:-} $(tail -1 "$work/t" | awk '{print $3 + $4}')"
}
loads=""
for i in $(seq "$runs"); do
  import this ./burdenshare
  [ -z "$old" ] || import old "$old/burdenshare"
  /usr/bin/time -f "%e %M %U %S" -o "$work/t" /usr/bin/python3 -c "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1])" "$book"
  time[openpyxl]="${time[openpyxl]:-} $(tail -1 "$work/t" | cut -d' ' -f1)"
  rss[openpyxl]="${rss[openpyxl]:-} $(tail -1 "$work/t" | cut -d' ' -f2)"
  cpu[openpyxl]="${cpu[openpyxl]:-} $(tail -1 "$work/t" | awk '{print $3 + $4}')"
done
ml=$(echo "${time[openpyxl]}" | median)
mi=$(echo "${time[this]}" | median)
echo "burdenshare import sipri (s):   ${time[this]}"
[ -z "$old" ] || echo "old build's import (s):         ${time[old]}"
echo "openpyxl load_workbook (s):     ${time[openpyxl]}"
echo "median import ${mi} s; median openpyxl load ${ml} s; ratio $(ratio "$mi" "$ml")"
if [ -n "$old" ]; then
  mo=$(echo "${time[old]}" | median)
  echo "old build: median import ${mo} s; ratio $(ratio "$mo" "$ml"); this build takes $(ratio "$mi" "$mo") of its time"
fi
ci=$(echo "${cpu[this]}" | median)
cl=$(echo "${cpu[openpyxl]}" | median)
echo -n "CPU (s, medians): import ${ci}"
[ -z "$old" ] || echo -n ", old build's import $(echo "${cpu[old]}" | median)"
echo ", openpyxl load ${cl}; ratio $(ratio "$ci" "$cl")"
ri=$(echo "${rss[this]}" | median)
rl=$(echo "${rss[openpyxl]}" | median)
echo -n "peak RSS (MB, medians): import $((ri / 1024))"
[ -z "$old" ] || echo -n ", old build's import $(($(echo "${rss[old]}" | median) / 1024))"
echo ", openpyxl load $((rl / 1024)) (an import's includes the JVM and DuckDB)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
