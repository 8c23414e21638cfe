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
# BENCH_POSTGRES (1; 0 skips PostgreSQL), PGPORT (55432), BENCH_NO_BUILD (0; 1 reuses bench/out/app), BENCH_KEEP (0; 1 keeps
# logs and databases),
# BENCH_DIRECTORY_YEAR (2023; a published edition of that year is imported from a generated workbook when the
# demo data has none).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

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

bench_name=list
bench_tools=nginx
# shellcheck source=bench/lib.sh
source bench/lib.sh
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
port_free "$nginx_port" BENCH_NGINX_PORT
chmod 755 "$work" # nginx's workers (user nobody when run as root) read the page from here

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
  start_postgres
  start_app postgres "${pg_env[@]}"
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
