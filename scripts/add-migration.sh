#!/usr/bin/env bash
# Adds a migration of the same name to both providers' projects, so they stay in step.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for p in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Renkei.Migrations.$p" --startup-project "src/Renkei.Migrations.$p" --output-dir Migrations
done
