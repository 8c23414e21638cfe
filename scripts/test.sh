#!/usr/bin/env bash
# Runs every Renkei test: the suite on SQLite, the same suite on PostgreSQL, then the browser tests.
# Installs what the tests need when it is missing (PostgreSQL, Chromium, a Japanese font), starts
# PostgreSQL on a loopback port, builds once, and prints `N passed, N failed, N skipped` last.
# Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need_apt=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi 'IPAGothic\|IPAexGothic\|Noto Sans CJK' || need_apt+=(fonts-ipafont-gothic)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
    || { echo "could not install ${need_apt[*]}"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
fi

# PostgreSQL on 127.0.0.1:$PGPORT, data outside the work tree; idempotent.
scripts/postgres.sh start || { echo "PostgreSQL did not start"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
export RENKEI_TEST_PG="Host=127.0.0.1;Port=${PGPORT:-55432};Username=postgres;Database=postgres"

dotnet tool restore >/dev/null
if ! dotnet build Renkei.slnx -c Debug -v q >/tmp/renkei-build.log 2>&1; then
  cat /tmp/renkei-build.log | grep -E "error" | head -40
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

results=$(mktemp -d)
run() { # name, project, env...
  local name=$1 project=$2; shift 2
  echo "== $name"
  env "$@" dotnet test "$project" --no-build -c Debug --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 \
    | grep -vE '^\s*$' | tail -n 40
}
run sqlite tests/Renkei.Tests RENKEI_TEST_PROVIDER=Sqlite
run postgres tests/Renkei.Tests RENKEI_TEST_PROVIDER=Postgres
browser=no
if [ -f tests/Renkei.BrowserTests/Renkei.BrowserTests.csproj ]; then
  browser=yes
  run browser tests/Renkei.BrowserTests RENKEI_TEST_PROVIDER=Sqlite
fi

# Sum the counters of every run's TRX file: the one line CI reads.
python3 - "$results" "$browser" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
expected = {"sqlite", "postgres"} | ({"browser"} if sys.argv[2] == "yes" else set())
seen = set()
for path in glob.glob(sys.argv[1] + "/*.trx"):
    seen.add(path.rsplit("/", 1)[1][:-4])
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted")) + int(c.get("inconclusive"))
missing = expected - seen
if missing:
    print("runs that produced no results: " + ", ".join(sorted(missing)))
    failed += len(missing)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
