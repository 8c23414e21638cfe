# What the benchmarks share, sourced by run.sh, meetings.sh and disasters.sh once they have set their settings: messages,
# the tools they need, a work folder, the published app, starting and stopping it, a PostgreSQL database of their own,
# and the clean-up of everything they started on any exit.
#
# The script sets before sourcing: root (the repository), bench_name (the work folder is /tmp/rk-bench-NAME.XXXXXX),
# app_port, with_postgres (1 or 0), pg_port, and bench_tools (extra apt packages it needs besides wrk and PostgreSQL).
# It may add the ids of processes it starts itself (nginx) to pids, for the clean-up.
# shellcheck shell=bash

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
app_dir=$root/bench/out/app
app=http://127.0.0.1:$app_port

say() { echo "bench: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# ---- what it needs ------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
if [ "$with_postgres" = 1 ]; then ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql); fi
for tool in ${bench_tools:-}; do command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || die "could not install ${need[*]}"
fi

port_free() { # port, the setting that moves it
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then die "port $1 is in use (set $2)"; fi
}
port_free "$app_port" BENCH_APP_PORT

# ---- clean-up: everything started here is stopped on any exit ----------------------------------
work=$(mktemp -d "/tmp/rk-bench-$bench_name.XXXXXX")
app_pid=""
pids=()
pg_db=""
cleanup() {
  local rc=$?
  for pid in $app_pid "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $app_pid "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_db" ] && [ "${BENCH_KEEP:-0}" != 1 ]; then
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ "$rc" = 0 ] && [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$work"; else say "kept logs in $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build --------------------------------------------------------------------------------------
if [ "${BENCH_NO_BUILD:-0}" != 1 ] || [ ! -f "$app_dir/Renkei.Web.dll" ]; then
  say "publishing Release to bench/out/app"
  dotnet publish "$root/src/Renkei.Web" -c Release -o "$app_dir" -v q >"$work/publish.log" 2>&1 \
    || { tail -30 "$work/publish.log" >&2; die "publish failed"; }
fi

# ---- the app ------------------------------------------------------------------------------------
app_env=()
start_app() { # name, then environment assignments for the app (kept in app_env, for the app's own commands)
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
  tail -30 "$work/app-$name.log" >&2
  die "Renkei ($name) was not ready within 60 s"
}
stop_app() { kill -TERM "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

# A PostgreSQL server (scripts/postgres.sh) and a fresh database for this run; sets pg_db and pg_env (the app's settings).
start_postgres() {
  PGPORT=$pg_port "$root/scripts/postgres.sh" start || die "PostgreSQL did not start"
  pg_db="renkei_bench_${bench_name}_$$"
  createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$pg_db" || die "could not create database $pg_db"
  pg_env=(Database__Provider=Postgres "ConnectionStrings__Renkei=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$pg_db")
}
