#!/usr/bin/env bash
# Fails when the model has changes that no migration captures, for either provider.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --no-build \
    --project "src/UnionHome.Migrations.$provider" \
    --startup-project "src/UnionHome.Migrations.$provider" \
    --context AppDbContext
done
