#!/usr/bin/env bash
# Adds one migration, with the same name, to every provider's migrations project.
# Usage: tools/add-migration.sh NameInPascalCase
set -euo pipefail
name=${1:?usage: tools/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/UnionHome.Migrations.Sqlite src/UnionHome.Migrations.Postgres -v q -nologo >/dev/null 2>&1 || dotnet build UnionHome.slnx -v q -nologo
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --project "src/UnionHome.Migrations.$provider" \
    --startup-project "src/UnionHome.Migrations.$provider" \
    --context AppDbContext --output-dir Migrations
done
