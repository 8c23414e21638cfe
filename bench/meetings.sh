#!/usr/bin/env bash
# The voting benchmark (issue #4): 63 representatives, each signed in with its own bearer token, casting ballots and
# reading results at once, under wrk on loopback, on SQLite and then on PostgreSQL. The baseline in the same run is
# GET /api/v1/me with the same tokens (bearer sign-in and the smallest JSON answer), so the ratios show what a ballot
# and a results read cost beyond authentication. Prints a table, a check that every association has exactly one
# counted ballot with a gapless history, and, as its last line, `ballot_vs_me: R` (SQLite). See bench/README.md.
#
# The meeting is seeded straight into the database by bench/meetings-seed.py (63 representatives, a general assembly in
# session inviting all 63 current members); the tokens come from POST /api/v1/auth/login.
#
# Settings (environment): BENCH_SECONDS (10) per measurement, BENCH_WARMUP_SECONDS (3), BENCH_CONNECTIONS (63: one per
# voter), BENCH_THREADS (3), BENCH_APP_PORT (5182), BENCH_POSTGRES (1; 0 skips PostgreSQL), PGPORT (55432),
# BENCH_NO_BUILD (0; 1 reuses bench/out/app). wrk waits up to 10 s for an answer (its default 2 s would cut the latency figures off).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP_SECONDS:-3}
connections=${BENCH_CONNECTIONS:-63}
threads=${BENCH_THREADS:-3}
app_port=${BENCH_APP_PORT:-5182}
with_postgres=${BENCH_POSTGRES:-1}
pg_port=${PGPORT:-55432}
app_dir=$root/bench/out/app
meeting=900001 # bench/meetings-seed.py's fixed ids
motion=900002
results_path=/api/v1/meetings/$meeting/results
ballot_path=/api/v1/meetings/$meeting/items/$motion/ballots

say() { echo "bench: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

need=()
command -v wrk >/dev/null || need+=(wrk)
if [ "$with_postgres" = 1 ]; then ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql); fi
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || die "could not install ${need[*]}"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$app_port") 2>/dev/null; then die "port $app_port is in use (set BENCH_APP_PORT)"; fi

# ---- clean-up: everything started here is stopped on any exit ----------------------------------
work=$(mktemp -d /tmp/rk-bench-meetings.XXXXXX)
app_pid=""
pg_db=""
cleanup() {
  local rc=$?
  if [ -n "$app_pid" ]; then kill -TERM "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$pg_db" ]; then
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ "$rc" = 0 ] && [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$work"; else say "kept logs in $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${BENCH_NO_BUILD:-0}" != 1 ] || [ ! -f "$app_dir/Renkei.Web.dll" ]; then
  say "publishing Release to bench/out/app"
  dotnet publish src/Renkei.Web -c Release -o "$app_dir" -v q >"$work/publish.log" 2>&1 \
    || { tail -30 "$work/publish.log" >&2; die "publish failed"; }
fi

app=http://127.0.0.1:$app_port
app_env=()
start_app() { # name, then environment assignments for the app
  local name=$1; shift
  app_env=("$@")
  mkdir -p "$work/$name-data"
  say "starting Renkei ($name) on 127.0.0.1:$app_port"
  (cd "$app_dir" && exec env "$@" dotnet Renkei.Web.dll --demo --urls "$app" "--Renkei:DataDirectory=$work/$name-data") >"$work/app-$name.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "$app/readyz"; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app-$name.log" >&2; die "Renkei ($name) exited during start-up"; }
    sleep 0.5
  done
  die "Renkei ($name) was not ready within 60 s"
}
stop_app() { kill -TERM "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

# The 63 current members, a representative each, the meeting; then one token per representative.
seed() { # provider
  local codes
  codes=$(curl -sf "$app/api/v1/associations" | python3 -c 'import json,sys; print(" ".join(a["code"] for a in json.load(sys.stdin)))') \
    || die "could not list the associations"
  [ "$(wc -w <<<"$codes")" = 63 ] || die "expected 63 associations, got $(wc -w <<<"$codes")"
  if [ "$1" = sqlite ]; then
    python3 bench/meetings-seed.py sqlite "$work/sqlite-data/renkei.db" $codes || die "seeding failed"
  else
    python3 bench/meetings-seed.py postgres $codes | psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d "$pg_db" >/dev/null \
      || die "seeding failed"
  fi
  : >"$work/tokens"
  for code in $codes; do
    curl -sf -X POST "$app/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"bench.rep.$code@bench.renkei.jp\",\"password\":\"Bench-voter-123\"}" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])' >>"$work/tokens" || die "sign-in of $code's representative failed"
  done
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$app$ballot_path" -H "Authorization: Bearer $(head -1 "$work/tokens")" \
    -H 'Content-Type: application/json' -d '{"choice":"for"}')
  [ "$status" = 201 ] || die "a ballot answered HTTP $status, not 201"
}

rows=()
measure() { # provider, mode, label -> appends a table row; sets $last_rps
  local provider=$1 mode=$2 label=$3 out="$work/wrk-$1-$2-${#rows[@]}.txt" line flag=""
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s bench/meetings.lua "$app" -- "$mode" "$work/tokens" "$meeting" "$motion" "$threads" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed ($mode)"; }
  line=$(grep '^BENCH ' "$out") || { cat "$out" >&2; die "no result line from wrk ($mode)"; }
  local rps p50 p99 status_errors socket_errors
  rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.* p50_ms=([0-9.]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"$line")
  status_errors=$(sed -E 's/.* status_errors=([0-9]+).*/\1/' <<<"$line")
  socket_errors=$(sed -E 's/.* socket_errors=([0-9]+).*/\1/' <<<"$line")
  if [ "$status_errors" != 0 ]; then flag="answers by status: $(grep '^STATUSES ' "$out" | cut -d' ' -f2-)"; fi
  if [ "$socket_errors" != 0 ]; then flag="${flag:+$flag; }$socket_errors socket errors"; fi
  rows+=("$(printf '%-9s %-40s %10s %8s %8s %7s  %s' "$provider" "$label" "$rps" "$p50" "$p99" "$status_errors" "$flag")")
  last_rps=$rps
  say "$provider $label: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $status_errors"
}

warm() { wrk -t"$threads" -c"$connections" -d"${warmup}s" -s bench/meetings.lua "$app" -- "$1" "$work/tokens" "$meeting" "$motion" "$threads" >/dev/null 2>&1 || true; }

# One counted ballot per association, each association's history numbered 1..n without gaps or duplicates.
checks=()
check_ballots() { # provider
  local sql='SELECT COUNT(DISTINCT "AssociationCode"), COUNT(*), SUM(CASE WHEN "Sequence" = r THEN 1 ELSE 0 END), SUM(CASE WHEN r = n THEN 1 ELSE 0 END)
    FROM (SELECT "AssociationCode", "Sequence", ROW_NUMBER() OVER (PARTITION BY "AssociationCode" ORDER BY "Sequence") AS r,
                 COUNT(*) OVER (PARTITION BY "AssociationCode") AS n
          FROM "Ballots" WHERE "AgendaItemId" = '"$motion"' AND "CandidateNumber" = 0) b'
  local result associations total gapless latest
  if [ "$1" = sqlite ]; then
    result=$(python3 -c 'import sqlite3,sys; print(*sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone())' "$work/sqlite-data/renkei.db" "$sql")
  else
    result=$(psql -At -F ' ' -h 127.0.0.1 -p "$pg_port" -U postgres -d "$pg_db" -c "$sql")
  fi
  read -r associations total gapless latest <<<"$result"
  # Two casts for one association at once collide on the sequence number and the ballot box appends after the winner
  # (EF logs each collision as an error); an unhandled exception would be a bug.
  local unhandled collisions
  unhandled=$(grep -c 'An unhandled exception has occurred' "$work/app-$1.log" || true)
  collisions=$(grep '"Category":"Microsoft.EntityFrameworkCore.Update"' "$work/app-$1.log" \
    | grep -cE 'UNIQUE constraint failed: Ballots|duplicate key value violates unique constraint [^ ]{0,8}IX_Ballots' || true)
  checks+=("$1: $total ballots on the motion from $associations associations, $gapless numbered without gaps, $latest counted (one per association); $collisions sequence collisions retried; unhandled exceptions: $unhandled")
  [ "$associations" = 63 ] && [ "$latest" = 63 ] && [ "$gapless" = "$total" ] \
    || die "$1: expected 63 associations with one counted ballot each and gapless histories, got: $result"
}

run_provider() { # provider
  local provider=$1
  seed "$provider"
  warm me; warm results; warm ballot
  measure "$provider" me "GET /api/v1/me (baseline)"
  eval "${provider}_me=$last_rps"
  measure "$provider" results "GET results (63 voters, short history)"
  eval "${provider}_results=$last_rps"
  measure "$provider" ballot "POST ballots (63 voters)"
  eval "${provider}_ballot=$last_rps"
  measure "$provider" mixed "ballot + results in turn"
  measure "$provider" results "GET results (after the runs' history)"
  check_ballots "$provider"
}

start_app sqlite Database__Provider=Sqlite
run_provider sqlite
stop_app

if [ "$with_postgres" = 1 ]; then
  PGPORT=$pg_port scripts/postgres.sh start || die "PostgreSQL did not start"
  pg_db="renkei_bench_meetings_$$"
  createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$pg_db" || die "could not create database $pg_db"
  start_app postgres Database__Provider=Postgres "ConnectionStrings__Renkei=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$pg_db"
  run_provider postgres
  stop_app
fi

echo
echo "wrk: $connections connections (one voter each), $threads threads, ${seconds} s per target, after ${warmup} s warm-up; $(nproc) cores shared by wrk, the app and PostgreSQL"
printf '%-9s %-40s %10s %8s %8s %7s  %s\n' provider target "req/s" "p50 ms" "p99 ms" errors flags
printf '%s\n' "${rows[@]}"
printf '%s\n' "${checks[@]}"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", (b > 0 ? a / b : 0) }'; }
echo "results_vs_me: $(ratio "$sqlite_results" "$sqlite_me")"
echo "ballot_vs_me: $(ratio "$sqlite_ballot" "$sqlite_me")"
