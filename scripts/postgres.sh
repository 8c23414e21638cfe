#!/usr/bin/env bash
# Starts (or stops) the PostgreSQL server the tests and the benchmark use, on 127.0.0.1:$PGPORT.
# Idempotent. initdb refuses root, hence runuser. Usage: scripts/postgres.sh start|stop
set -euo pipefail
PGPORT=${PGPORT:-55432}; PGDATA=${PGDATA:-/tmp/renkei-pg/data}; PGSOCK=${PGSOCK:-/tmp/renkei-pg/sock}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    mkdir -p "$PGDATA" "$PGSOCK"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA" "$PGSOCK" "$(dirname "$PGDATA")"; fi
    chmod 700 "$PGDATA"
    [ -s "$PGDATA/PG_VERSION" ] || as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1 || \
      as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGSOCK -c max_connections=300 -c fsync=off" start >/dev/null
    ;;
  stop)
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" stop -m fast >/dev/null 2>&1 || true
    ;;
esac
