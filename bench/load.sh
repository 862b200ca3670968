#!/usr/bin/env bash
# Load test of the API on loopback: wrk, 30 s at 64 connections, against a `series` request to
# `burdenshare serve`, and in the same run against nginx serving the identical response bytes as a
# static file (the baseline). Prints both throughputs, both p99 latencies, non-2xx counts and the
# ratio. Needs wrk and nginx (Debian packages); installs them when run as root and missing.
# Usage: bench/load.sh [seconds] [connections]   (default 30 64)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-30}"
connections="${2:-64}"
path='/api/v1/series?indicator=defence_exp_current_usd&group=NATO&asOf=2026-11-01'

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      apt-get install -y -qq wrk nginx >/dev/null
    else
      echo "bench/load.sh needs $tool: apt-get install wrk nginx" >&2
      exit 2
    fi
  fi
done

work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app_port="$(free_port)"
nginx_port="$(free_port)"

BURDENSHARE_DATA_DIR="$work/data" ./burdenshare serve --port "$app_port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$app_port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$app_port/health" >/dev/null || { cat "$work/serve.log"; exit 1; }

mkdir -p "$work/www"
chmod 755 "$work" "$work/www"   # nginx workers run as an unprivileged user
curl -fs "http://127.0.0.1:$app_port$path" -o "$work/www/series.json"
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
cmp -s <(curl -fs "http://127.0.0.1:$nginx_port$path") "$work/www/series.json" \
  || { echo "nginx does not serve the same bytes" >&2; cat "$work/nginx-error.log" >&2; curl -s -i "http://127.0.0.1:$nginx_port$path" | head -5 >&2; exit 1; }

run() { # url -> wrk output
  wrk -t2 -c"$connections" -d5s "$1" >/dev/null           # warm-up, not counted
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1"
}
rps() { awk '/^Requests\/sec/ {print $2}'; }
p99() { awk '$1 == "99%" {print $2}'; }
non2xx() { awk '/Non-2xx/ {print $NF; found=1} END {if (!found) print 0}'; }

app="$(run "http://127.0.0.1:$app_port$path")"
ngx="$(run "http://127.0.0.1:$nginx_port$path")"
bytes="$(wc -c <"$work/www/series.json")"

echo "request: GET $path ($bytes bytes), wrk -t2 -c$connections -d${seconds}s on loopback"
printf '%-12s %14s %10s %8s\n' "" "requests/s" "p99" "non-2xx"
printf '%-12s %14s %10s %8s\n' "burdenshare" "$(echo "$app" | rps)" "$(echo "$app" | p99)" "$(echo "$app" | non2xx)"
printf '%-12s %14s %10s %8s\n' "nginx" "$(echo "$ngx" | rps)" "$(echo "$ngx" | p99)" "$(echo "$ngx" | non2xx)"
awk -v a="$(echo "$app" | rps)" -v b="$(echo "$ngx" | rps)" 'BEGIN {printf "ratio burdenshare / nginx: %.2f\n", a / b}'
