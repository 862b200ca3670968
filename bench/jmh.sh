#!/usr/bin/env bash
# JMH benchmarks of the query path (burdenshare-bench). Prints JMH's table, with the median
# (p0.50) of each benchmark, and writes target/jmh-result.json.
# Usage: bench/jmh.sh [JMH options]   e.g. bench/jmh.sh -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -pl burdenshare-bench -am package -DskipTests
mkdir -p target
java -jar burdenshare-bench/target/benchmarks.jar -rf json -rff target/jmh-result.json "$@" \
  | grep -Ev '^(# |$)' | grep -E 'Benchmark|p0.50|·p0.99|^[A-Za-z]' || true
echo "Medians (p0.50):"
python3 - <<'PY' 2>/dev/null || cat target/jmh-result.json
import json
for b in json.load(open("target/jmh-result.json")):
    p = b["primaryMetric"]["scorePercentiles"]
    u = b["primaryMetric"]["scoreUnit"]
    print(f'  {b["benchmark"].split(".")[-1]:32s} {p["50.0"]:10.2f} {u}   p99 {p["99.0"]:10.2f} {u}')
PY
