#!/usr/bin/env bash
# Load test of the API on loopback: wrk at 64 connections against a `series` request to
# `burdenshare serve`, and in the same run against nginx serving the identical response bytes as a
# static file (the baseline). Prints both throughputs, both p99 latencies, non-2xx counts, the CPU
# time a request costs the server and wrk, and the ratio. Needs wrk, nginx and /usr/bin/time
# (Debian packages wrk, nginx, time); installs them when run as root and missing.
# Given an earlier build's jar, its server is measured in the same rounds as a third side, for a
# before and after from one run.
#
# Fair to both sides on a shared machine (2 cores here, other work compiling beside it):
# - Warm-up: each side first takes 15 s of the same load, not counted. A JVM that
#   has just started compiles its hot code for the first 10-15 s of load on a busy machine (5 s
#   was not enough: it measured part of the warm-up); nginx gets the same, which changes nothing
#   for it.
# - Rounds: the measured seconds are cut into rounds that alternate between the sides (this,
#   nginx, this, nginx…), and each side's throughput is its requests over its seconds, so that a
#   burst of a neighbour's load falls on both sides alike instead of on one 20 s window. The
#   ratio of each round is printed too, to show how much the machine moved.
# - CPU per request: a busy machine gives the JVM's many threads a larger share of its cores than
#   nginx's two workers, which moves the throughputs; the CPU time each request costs the server
#   and wrk moves far less, and is printed beside them.
# The request, the bytes and wrk's settings are the same for every side.
# Usage: bench/load.sh [seconds] [connections] [baseline.jar]   (default 30 64; the baseline's
#   directory holds its DuckDB native library, as burdenshare-cli/target does after a build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-30}"
connections="${2:-64}"
baseline="${3:-}"
warmup=15
rounds=$(( seconds >= 20 ? 4 : 1 ))
path='/api/v1/series?indicator=defence_exp_current_usd&group=NATO&asOf=2026-11-01'

for tool in wrk nginx /usr/bin/time; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      apt-get install -y -qq wrk nginx time >/dev/null
    else
      echo "bench/load.sh needs $tool: apt-get install wrk nginx time" >&2
      exit 2
    fi
  fi
done

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
declare -A url server
sides=(burdenshare nginx)

serve() { # side port command… -> started, answering /health
  local side="$1" port="$2"
  shift 2
  BURDENSHARE_DATA_DIR="$work/data-$side" "$@" serve --port "$port" >"$work/$side.log" 2>&1 &
  pids+=($!)
  server[$side]=$!   # the launcher execs java: the same process
  for _ in $(seq 120); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$port/health" >/dev/null || { cat "$work/$side.log"; exit 1; }
  url[$side]="http://127.0.0.1:$port$path"
}
serve burdenshare "$(free_port)" ./burdenshare
if [ -n "$baseline" ]; then
  # the launcher runs `serve` with no JVM options of its own: the baseline's jar is run so too
  serve baseline "$(free_port)" java ${BURDENSHARE_JAVA_OPTS:-} -jar "$baseline"
  sides+=(baseline)
fi

mkdir -p "$work/www"
chmod 755 "$work" "$work/www"   # nginx workers run as an unprivileged user
curl -fs "${url[burdenshare]}" -o "$work/www/series.json"
nginx_port="$(free_port)"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { try_files /series.json =404; }
  }
}
CONF
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf"
sleep 0.5
url[nginx]="http://127.0.0.1:$nginx_port$path"
server[nginx]="$(cat "$work/nginx.pid") $(pgrep -d' ' -P "$(cat "$work/nginx.pid")")"
for side in "${sides[@]}"; do
  cmp -s <(curl -fs "${url[$side]}") "$work/www/series.json" \
    || { echo "$side does not serve the same bytes" >&2; cat "$work/nginx-error.log" >&2; curl -s -i "${url[$side]}" | head -5 >&2; exit 1; }
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for side in "${sides[@]}"; do
  wrk -t2 -c"$connections" -d"${warmup}s" "${url[$side]}" >/dev/null
done
# CPU time (user + system) of a side's server processes, all their threads, in clock ticks
ticks() { local p t=0 f; for p in ${server[$1]}; do read -r -a f <"/proc/$p/stat"; t=$((t + f[13] + f[14])); done; echo "$t"; }
each=$(( seconds / rounds ))
for round in $(seq "$rounds"); do
  for side in "${sides[@]}"; do
    before=$(ticks "$side")
    /usr/bin/time -f '%U %S' -o "$work/wrkcpu-$side.$round" \
      wrk -t2 -c"$connections" -d"${each}s" --latency "${url[$side]}" >"$work/wrk-$side.$round"
    echo "$(( $(ticks "$side") - before ))" >"$work/cpu-$side.$round"
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# over a side's rounds: requests over seconds; the highest p99 (in ms); the non-2xx answers; the
# CPU time per request of the server and of wrk (in µs): what a request costs, which a busy
# machine's sharing of its cores between the processes changes far less than the throughput
requests() { cat "$work/wrk-$1".* | awk '/ requests in / {n += $1} END {print n}'; }
server_us() {
  cat "$work/cpu-$1".* | awk -v hz="$(getconf CLK_TCK)" -v n="$(requests "$1")" \
    '{t += $1} END {printf "%.1f", t / hz * 1e6 / n}'
}
wrk_us() { cat "$work/wrkcpu-$1".* | awk -v n="$(requests "$1")" '{t += $1 + $2} END {printf "%.1f", t * 1e6 / n}'; }
throughput() { cat "$work/wrk-$1".* | awk '/ requests in / {n += $1; t += $4 + 0} END {printf "%.2f", n / t}'; }
p99() {
  cat "$work/wrk-$1".* | awk '$1 == "99%" {v = $2 + 0; u = $2; sub(/^[0-9.]+/, "", u);
    v *= (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1); if (v > max) max = v}
    END {printf "%.2fms", max}'
}
non2xx() { cat "$work/wrk-$1".* | awk '/Non-2xx/ {n += $NF} END {print n + 0}'; }
round_rps() { awk '/^Requests\/sec/ {print $2}' "$work/wrk-$1.$2"; }

echo "request: GET $path ($(wc -c <"$work/www/series.json") bytes), wrk -t2 -c$connections on loopback:"
echo "${warmup} s warm-up per side, then $rounds round(s) of $each s per side, alternating"
echo "load average (1, 5, 15 min): $load_before before, $load_after after"
printf '%-12s %14s %10s %8s   %s\n' "" "requests/s" "p99" "non-2xx" "CPU µs per request: server + wrk"
for side in "${sides[@]}"; do
  printf '%-12s %14s %10s %8s   %s\n' "$side" "$(throughput "$side")" "$(p99 "$side")" \
    "$(non2xx "$side")" "$(server_us "$side") + $(wrk_us "$side")"
done
ratios() { # a b -> each round's ratio a / b
  for round in $(seq "$rounds"); do
    awk -v a="$(round_rps "$1" "$round")" -v b="$(round_rps "$2" "$round")" 'BEGIN {printf " %.2f", a / b}'
  done
}
ratio() { # label a b
  awk -v a="$(throughput "$2")" -v b="$(throughput "$3")" -v l="$1" -v r="$(ratios "$2" "$3")" \
    'BEGIN {printf "ratio %s: %.2f   (rounds:%s)\n", l, a / b, r}'
}
ratio "burdenshare / nginx" burdenshare nginx
if [ -n "$baseline" ]; then
  ratio "baseline / nginx" baseline nginx
  ratio "burdenshare / baseline" burdenshare baseline
fi
