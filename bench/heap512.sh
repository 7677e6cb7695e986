#!/usr/bin/env bash
# The platform with the demo city in a 512 MB heap (a county's server is small).
# Builds target/fazhi.jar if missing, starts it with -Xmx512m on a fresh data folder (H2 file database, Flyway,
# demo data), signs in as admin through the login form (CSRF token from the page, session cookie), requests the home
# page and a few pages/APIs, then reads the heap (jcmd GC.heap_info) and the resident set size (ps).
# Prints "BENCH heap512.<name> value=<v> baseline=<b> ratio=<r> <unit>" lines:
#   startup_ms        first start (migrations + demo data) vs. baseline: a restart on the same data folder
#   heap_used_mb      heap in use after the requests vs. baseline: the 512 MB maximum
#   heap_live_mb      heap in use after a full GC vs. the 512 MB maximum
#   rss_mb            resident memory of the JVM process vs. 512 MB
#   home_rps          home page requests/s (signed in) vs. baseline: /actuator/health requests/s
# Exits non-zero if the application fails to start, a request fails, or an OutOfMemoryError is logged.
# Usage: bench/heap512.sh   (env: BENCH_PORT=18080, BENCH_N=200 requests per measured URL)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
N=${BENCH_N:-200}
BASE="http://127.0.0.1:$PORT"
JAR=target/fazhi.jar
DATA=$(mktemp -d /tmp/fazhi-heap512-XXXXXX)
JAR_COOKIES="$DATA/cookies.txt"
PID=""
STARTED_MS=0

stop_app() { # graceful stop, forced after 60 s
  [ -n "$PID" ] || return 0
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
cleanup() {
  stop_app
  rm -rf "$DATA"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
bench() { # name value baseline unit
  python3 -c "import sys; n,v,b,u=sys.argv[1:]; v=float(v); b=float(b); print('BENCH heap512.%s value=%.1f baseline=%.1f ratio=%.3f %s' % (n, v, b, (v/b if b else 0), u))" "$@"
}

if [ ! -f "$JAR" ]; then
  echo "building $JAR" >&2
  ./mvnw -B -q -DskipTests package >&2
fi

start_app() { # log file; sets PID and STARTED_MS (ms until health is UP); not in $(…): PID must reach this shell
  local log=$1 t0 status
  if curl -s -m 2 -o /dev/null "$BASE/actuator/health"; then echo "port $PORT is already in use (set BENCH_PORT)" >&2; exit 1; fi
  t0=$(now_ms)
  java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$JAR" --server.port="$PORT" --fazhi.data-dir="$DATA/data" \
      >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    if ! kill -0 "$PID" 2>/dev/null; then echo "application exited during startup, see log:" >&2; tail -50 "$log" >&2; exit 1; fi
    status=$(curl -s -m 2 "$BASE/actuator/health" 2>/dev/null || true)
    if [[ "$status" == *'"UP"'* ]]; then STARTED_MS=$(( $(now_ms) - t0 )); return 0; fi
    sleep 0.2
  done
  echo "application did not report UP within 120 s" >&2; tail -50 "$log" >&2; exit 1
}

# many requests in one curl process (one connection), so that the client costs little and the same for both URLs
requests_per_second() { # url count -> req/s; fails on any non-2xx
  local url=$1 count=$2 args=() t0 t1 codes
  for _ in $(seq 1 "$count"); do args+=(-o /dev/null "$url"); done
  t0=$(now_ms)
  codes=$(curl -s -b "$JAR_COOKIES" -w '%{http_code}\n' "${args[@]}")
  t1=$(now_ms)
  if echo "$codes" | grep -qv '^2'; then echo "request to $url failed: $(echo "$codes" | sort | uniq -c | tr '\n' ' ')" >&2; exit 1; fi
  python3 -c "import sys; print(int(sys.argv[1]) * 1000.0 / max(1, int(sys.argv[2])))" "$count" $(( t1 - t0 ))
}

login() {
  local page token
  page=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login")
  token=$(echo "$page" | python3 -c "import re,sys; m=re.search(r'name=\"_csrf\"\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\s+name=\"_csrf\"', sys.stdin.read()); print((m.group(1) or m.group(2)) if m else '')")
  [ -n "$token" ] || { echo "no CSRF token on the login page" >&2; exit 1; }
  curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
      --data-urlencode "password=Fazhi@2026" --data-urlencode "_csrf=$token" "$BASE/login"
  local home
  home=$(curl -s -b "$JAR_COOKIES" "$BASE/")
  if [[ "$home" != *待办事项* ]]; then
    echo "login as admin failed (home page without 待办事项)" >&2; exit 1
  fi
}

heap_used_mb() { # "used" of GC.heap_info, in MB
  jcmd "$PID" GC.heap_info | python3 -c "import re,sys; m=re.search(r'used (\d+)K', sys.stdin.read()); print(round(int(m.group(1))/1024.0, 1))"
}

mkdir -p "$DATA/data"
start_app "$DATA/first.log"
startup_ms=$STARTED_MS
login
# every page and API of the shell once (warm-up and coverage), then the measured loops
for path in / /calendar /api/home/todos /v3/api-docs /admin/users /admin/audit /files /no-such-page; do
  code=$(curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{http_code}' "$BASE$path")
  echo "GET $path -> $code" >&2
done
requests_per_second "$BASE/" 20 >/dev/null
requests_per_second "$BASE/actuator/health" 20 >/dev/null
home_rps=$(requests_per_second "$BASE/" "$N")
health_rps=$(requests_per_second "$BASE/actuator/health" "$N")
requests_per_second "$BASE/api/home/todos" "$N" >/dev/null
used=$(heap_used_mb)
jcmd "$PID" GC.run >/dev/null
live=$(heap_used_mb)
rss_kb=$(ps -o rss= -p "$PID" | tr -d ' ')
if grep -q 'OutOfMemoryError' "$DATA/first.log"; then echo "OutOfMemoryError in the log" >&2; exit 1; fi
stop_app
start_app "$DATA/restart.log"
restart_ms=$STARTED_MS
stop_app

bench startup_ms "$startup_ms" "$restart_ms" ms
bench heap_used_mb "$used" 512 MB
bench heap_live_mb "$live" 512 MB
bench rss_mb "$(python3 -c "print($rss_kb/1024.0)")" 512 MB
bench home_rps "$home_rps" "$health_rps" req/s
