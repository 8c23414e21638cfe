#!/usr/bin/env bash
# The benchmark harness (issue #2): Renkei's association list page and GET /api/v1/associations under
# wrk on loopback, on SQLite and then on PostgreSQL, against nginx serving the same rendered list page
# as a static file (the baseline). Prints a table and, as its last line, `list_page_vs_static: R`
# (SQLite list page req/s ÷ nginx req/s, same run). See bench/README.md.
# Issue #3 adds the published directory page and the xlsx export of a 63-entry edition, each against nginx
# serving the same bytes (lines `directory_page_vs_static` and `directory_xlsx_vs_static`).
#
# Settings (environment): BENCH_SECONDS (10) per measurement, BENCH_WARMUP_SECONDS (3) per app target,
# BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_LIST_PATH (/associations),
# BENCH_API_PATH (/api/v1/associations), BENCH_APP_PORT (5180), BENCH_NGINX_PORT (5181),
# BENCH_POSTGRES (1; 0 skips PostgreSQL), PGPORT (55432), BENCH_NO_BUILD (0; 1 reuses bench/out/app),
# BENCH_DIRECTORY_YEAR (2023; a published edition of that year is imported from a generated workbook when the
# demo data has none).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP_SECONDS:-3}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
list_path=${BENCH_LIST_PATH:-/associations}
api_path=${BENCH_API_PATH:-/api/v1/associations}
app_port=${BENCH_APP_PORT:-5180}
nginx_port=${BENCH_NGINX_PORT:-5181}
with_postgres=${BENCH_POSTGRES:-1}
directory_year=${BENCH_DIRECTORY_YEAR:-2023}
directory_path=/directory/$directory_year
xlsx_path=/directory/$directory_year.xlsx
# A query string bypasses the output cache: every request renders the workbook afresh.
xlsx_rendered_path="$xlsx_path?render=each-request"
pg_port=${PGPORT:-55432}
app_dir=$root/bench/out/app

say() { echo "bench: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# ---- what it needs ------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ "$with_postgres" = 1 ]; then ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql); fi
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || die "could not install ${need[*]}"
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

for port in "$app_port" "$nginx_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is in use (set BENCH_APP_PORT / BENCH_NGINX_PORT)"; fi
done

# ---- clean-up: everything started here is stopped on any exit ----------------------------------
work=$(mktemp -d /tmp/rk-bench.XXXXXX)
chmod 755 "$work" # nginx's workers (user nobody when run as root) read the page from here
pids=()
pg_db=""
cleanup() {
  local rc=$?
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_db" ]; then
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ "$rc" = 0 ]; then rm -rf "$work"; else say "kept logs in $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build --------------------------------------------------------------------------------------
if [ "${BENCH_NO_BUILD:-0}" != 1 ] || [ ! -f "$app_dir/Renkei.Web.dll" ]; then
  say "publishing Release to bench/out/app"
  dotnet publish src/Renkei.Web -c Release -o "$app_dir" -v q >"$work/publish.log" 2>&1 \
    || { tail -30 "$work/publish.log" >&2; die "publish failed"; }
fi

# ---- helpers ------------------------------------------------------------------------------------
app_pid=""
app_env=()
start_app() { # name, then environment assignments for the app
  local name=$1; shift
  app_env=("$@")
  mkdir -p "$work/$name-data"
  say "starting Renkei ($name) on 127.0.0.1:$app_port"
  (cd "$app_dir" && exec env "$@" dotnet Renkei.Web.dll --demo --urls "http://127.0.0.1:$app_port" \
      "--Renkei:DataDirectory=$work/$name-data") >"$work/app-$name.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "http://127.0.0.1:$app_port/readyz"; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app-$name.log" >&2; die "Renkei ($name) exited during start-up"; }
    sleep 0.5
  done
  tail -30 "$work/app-$name.log" >&2
  die "Renkei ($name) was not ready within 60 s"
}

stop_app() {
  kill -TERM "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
}

status_of() { curl -s -o /dev/null -w '%{http_code}' "$1"; }

# A published edition of $directory_year: the demo data's when it has one, else a generated 63-association
# workbook loaded with the app's own `import-directory` (into the running app's database).
ensure_directory() { # name
  local name=$1
  if [ "$(status_of "$app$xlsx_path")" = 200 ]; then return 0; fi
  say "no published $directory_year edition: importing a generated workbook"
  python3 bench/directory-xlsx.py "$work/directory.xlsx" 2>>"$work/import-$name.log" || die "could not generate the directory workbook"
  (cd "$app_dir" && env "${app_env[@]}" dotnet Renkei.Web.dll import-directory "$work/directory.xlsx" --year "$directory_year" \
      "--Renkei:DataDirectory=$work/$name-data") >>"$work/import-$name.log" 2>&1 || { cat "$work/import-$name.log" >&2; die "import-directory failed"; }
  [ "$(status_of "$app$xlsx_path")" = 200 ] || die "$xlsx_path does not answer 200 after the import"
}

# Measures a target that may not exist yet (the directory page comes with another part of issue #3).
measure_if_there() { # provider, path -> sets $last_rps ("" when skipped)
  local status
  status=$(status_of "$app$2")
  if [ "$status" = 200 ]; then measure "$1" "$2" "$app$2"; return 0; fi
  rows+=("$(printf '%-9s %-44s %10s %8s %8s  %s' "$1" "$2" "-" "-" "-" "skipped: HTTP $status")")
  say "$1 $2: skipped (HTTP $status)"
  last_rps=""
}

rows=()
measure() { # provider, target label, url -> appends a table row; sets $last_rps
  local provider=$1 target=$2 url=$3 status line flag=""
  status=$(status_of "$url")
  wrk -t"$threads" -c"$connections" -d"${seconds}s" -s bench/latency.lua "$url" >"$work/wrk-$provider-${#rows[@]}.txt" 2>&1 \
    || { cat "$work/wrk-$provider-${#rows[@]}.txt" >&2; die "wrk failed on $url"; }
  line=$(grep '^BENCH ' "$work/wrk-$provider-${#rows[@]}.txt") || die "no result line from wrk on $url"
  local rps p50 p99 status_errors socket_errors
  rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.* p50_ms=([0-9.]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"$line")
  status_errors=$(sed -E 's/.* status_errors=([0-9]+).*/\1/' <<<"$line")
  socket_errors=$(sed -E 's/.* socket_errors=([0-9]+).*/\1/' <<<"$line")
  # wrk only counts statuses above 399 as errors; the probe before the run catches redirects too.
  if [[ "$status" != 2?? ]]; then flag="NOT 2xx: HTTP $status"; fi
  if [ "$status_errors" != 0 ]; then flag="${flag:+$flag; }$status_errors non-2xx/3xx responses"; fi
  if [ "$socket_errors" != 0 ]; then flag="${flag:+$flag; }$socket_errors socket errors"; fi
  rows+=("$(printf '%-9s %-44s %10s %8s %8s  %s' "$provider" "$target" "$rps" "$p50" "$p99" "$flag")")
  last_rps=$rps
  say "$provider $target: $rps req/s, p50 $p50 ms, p99 $p99 ms ${flag:+($flag)}"
}

warm() { # url...
  for url in "$@"; do wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" >/dev/null 2>&1 || true; done
}

# ---- SQLite ---------------------------------------------------------------------------------------
start_app sqlite Database__Provider=Sqlite
app=http://127.0.0.1:$app_port
list_status=$(status_of "$app$list_path")
[ "$list_status" = 200 ] || die "$list_path answers HTTP $list_status, not 200: set BENCH_LIST_PATH to the association list page"
ensure_directory sqlite
warm "$app$list_path" "$app$api_path" "$app$directory_path" "$app$xlsx_path"
measure sqlite "$list_path" "$app$list_path"
sqlite_list_rps=$last_rps
measure sqlite "$api_path" "$app$api_path"
measure_if_there sqlite "$directory_path"
sqlite_directory_rps=$last_rps
measure sqlite "$xlsx_path" "$app$xlsx_path"
sqlite_xlsx_rps=$last_rps
measure sqlite "$xlsx_rendered_path" "$app$xlsx_rendered_path"
sqlite_xlsx_rendered_rps=$last_rps

# ---- the static baseline: nginx serving the very bytes the app rendered --------------------------
mkdir -p "$work/www" "$work/nginx-temp"
curl -sf -o "$work/www/list.html" "$app$list_path" || die "could not save $list_path"
curl -sf -o "$work/www/directory.xlsx" "$app$xlsx_path" || die "could not save $xlsx_path"
if [ -n "$sqlite_directory_rps" ]; then curl -sf -o "$work/www/directory.html" "$app$directory_path" || die "could not save $directory_path"; fi
chmod 644 "$work/www/"*
stop_app
cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000; # like Kestrel: wrk's connections stay open for the whole run
    client_body_temp_path $work/nginx-temp/body;
    proxy_temp_path $work/nginx-temp/proxy;
    fastcgi_temp_path $work/nginx-temp/fastcgi;
    uwsgi_temp_path $work/nginx-temp/uwsgi;
    scgi_temp_path $work/nginx-temp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location = /list.html { default_type "text/html; charset=utf-8"; }
        location = /directory.html { default_type "text/html; charset=utf-8"; }
        location = /directory.xlsx { default_type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"; }
    }
}
EOF
"$nginx_bin" -t -q -p "$work" -e "$work/nginx-error.log" -c "$work/nginx.conf" || die "nginx rejected its configuration"
"$nginx_bin" -p "$work" -e "$work/nginx-error.log" -c "$work/nginx.conf" &
pids+=("$!")
static=http://127.0.0.1:$nginx_port/list.html
for _ in $(seq 1 50); do curl -sf -o /dev/null "$static" && break; sleep 0.1; done
cmp -s <(curl -sf "$static") "$work/www/list.html" || die "nginx does not serve the saved page"
measure nginx "static copy of $list_path" "$static"
nginx_rps=$last_rps
nginx_directory_rps=""
if [ -n "$sqlite_directory_rps" ]; then
  measure nginx "static copy of $directory_path" "http://127.0.0.1:$nginx_port/directory.html"
  nginx_directory_rps=$last_rps
fi
measure nginx "static copy of $xlsx_path" "http://127.0.0.1:$nginx_port/directory.xlsx"
nginx_xlsx_rps=$last_rps

# ---- PostgreSQL -----------------------------------------------------------------------------------
if [ "$with_postgres" = 1 ]; then
  PGPORT=$pg_port scripts/postgres.sh start || die "PostgreSQL did not start"
  pg_db="renkei_bench_$$"
  createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$pg_db" || die "could not create database $pg_db"
  start_app postgres Database__Provider=Postgres \
    "ConnectionStrings__Renkei=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$pg_db"
  ensure_directory postgres
  warm "$app$list_path" "$app$api_path" "$app$directory_path" "$app$xlsx_path"
  measure postgres "$list_path" "$app$list_path"
  measure postgres "$api_path" "$app$api_path"
  measure_if_there postgres "$directory_path"
  measure postgres "$xlsx_path" "$app$xlsx_path"
  measure postgres "$xlsx_rendered_path" "$app$xlsx_rendered_path"
  stop_app
fi

# ---- report ---------------------------------------------------------------------------------------
echo
echo "wrk: $connections connections, $threads threads, ${seconds} s per target, after ${warmup} s warm-up; $(nproc) cores shared by wrk, the app, nginx and PostgreSQL"
printf '%-9s %-44s %10s %8s %8s  %s\n' provider target "req/s" "p50 ms" "p99 ms" flags
printf '%s\n' "${rows[@]}"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", (b > 0 ? a / b : 0) }'; }
if [ -n "$sqlite_directory_rps" ]; then echo "directory_page_vs_static: $(ratio "$sqlite_directory_rps" "$nginx_directory_rps")"
else echo "directory_page_vs_static: skipped ($directory_path did not answer 200)"; fi
echo "directory_xlsx_vs_static: $(ratio "$sqlite_xlsx_rps" "$nginx_xlsx_rps")"
echo "directory_xlsx_rendered_vs_static: $(ratio "$sqlite_xlsx_rendered_rps" "$nginx_xlsx_rps")"
echo "list_page_vs_static: $(awk -v a="$sqlite_list_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
