#!/usr/bin/env bash
# Adds a migration to one module's DbContext for both providers (SQLite and PostgreSQL).
# Usage: scripts/add-migration.sh <module project dir> <DbContext> <MigrationName>
#   e.g. scripts/add-migration.sh modules/identity/Dalad.Identity IdentityDataContext Initial
# Each provider keeps its own migrations and model snapshot in Migrations/<Provider>/. EF looks for an existing
# snapshot file by name anywhere in the project, so the other provider's snapshot is set aside while one is written.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1 context=$2 name=$3
export DALAD_DESIGN_TIME=true  # plugins: copy referenced assemblies so the tools can load the DbContext (see plugin.props)
dotnet tool restore >/dev/null
dotnet restore "$project" >/dev/null
for provider in Sqlite PostgreSql; do
  other=$([ "$provider" = Sqlite ] && echo PostgreSql || echo Sqlite)
  hidden="$project/Migrations/$other/${context}ModelSnapshot.cs"
  [ -f "$hidden" ] && mv "$hidden" "$hidden.aside"
  trap '[ -f "$hidden.aside" ] && mv "$hidden.aside" "$hidden"' EXIT
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "$context" --output-dir "Migrations/$provider" -- --provider "$provider"
  [ -f "$hidden.aside" ] && mv "$hidden.aside" "$hidden"
done
