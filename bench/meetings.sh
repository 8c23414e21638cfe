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
# BENCH_NO_BUILD (0; 1 reuses bench/out/app), BENCH_KEEP (0; 1 keeps logs and databases). wrk waits up to 10 s for an answer (its default 2 s would cut the latency figures off).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP_SECONDS:-3}
connections=${BENCH_CONNECTIONS:-63}
threads=${BENCH_THREADS:-3}
app_port=${BENCH_APP_PORT:-5182}
with_postgres=${BENCH_POSTGRES:-1}
pg_port=${PGPORT:-55432}
meeting=900001 # bench/meetings-seed.py's fixed ids
motion=900002
results_path=/api/v1/meetings/$meeting/results
ballot_path=/api/v1/meetings/$meeting/items/$motion/ballots

bench_name=meetings
# shellcheck source=bench/lib.sh
source bench/lib.sh

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
  start_postgres
  start_app postgres "${pg_env[@]}"
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
