#!/usr/bin/env bash
# Time to import SIPRI's full workbook with burdenshare (a cold `./burdenshare import sipri`, JVM
# start included, into a fresh data directory whose bundled releases are already loaded), against
# a baseline in the same run: the time Debian's python3-openpyxl takes merely to load the same
# workbook. Prints each run, the medians, the ratio, and the peak resident memory (RSS) of both.
# Usage: bench/import.sh [runs] [workbook]   (default 5, ../shared/data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
book="$(realpath "${2:-../shared/data/sipri/raw/SIPRI-Milex-data-1949-2024_2.xlsx}")"
[ -f "$book" ] || { echo "no workbook at $book" >&2; exit 2; }
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq python3-openpyxl >/dev/null; else echo "needs python3-openpyxl" >&2; exit 2; fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BURDENSHARE_DATA_DIR="$work/base"
./burdenshare releases >/dev/null 2>&1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
imports=""
loads=""
rss_imports=""
rss_loads=""
for i in $(seq "$runs"); do
  rm -rf "$work/run" && cp -r "$work/base" "$work/run"
  BURDENSHARE_DATA_DIR="$work/run" /usr/bin/time -f "%e %M" -o "$work/t1" ./burdenshare import sipri "$book" >/dev/null 2>&1
  /usr/bin/time -f "%e %M" -o "$work/t2" /usr/bin/python3 -c "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1])" "$book"
  imports="$imports $(tail -1 "$work/t1" | cut -d' ' -f1)"
  loads="$loads $(tail -1 "$work/t2" | cut -d' ' -f1)"
  rss_imports="$rss_imports $(tail -1 "$work/t1" | cut -d' ' -f2)"
  rss_loads="$rss_loads $(tail -1 "$work/t2" | cut -d' ' -f2)"
done
mi=$(echo $imports | tr ' ' '\n' | median)
ml=$(echo $loads | tr ' ' '\n' | median)
echo "burdenshare import sipri (s):   $imports"
echo "openpyxl load_workbook (s):     $loads"
echo "median import ${mi} s; median openpyxl load ${ml} s; ratio $(awk -v a="$mi" -v b="$ml" 'BEGIN {printf "%.2f", a/b}')"
ri=$(echo $rss_imports | tr ' ' '\n' | median)
rl=$(echo $rss_loads | tr ' ' '\n' | median)
echo "peak RSS (MB): import $((ri / 1024)), openpyxl load $((rl / 1024)) (medians; the import's includes the JVM and DuckDB)"
