#!/usr/bin/env bash
# Writes the OpenAPI document the application serves to docs/openapi/v1.json, the contract clients are generated
# from. Run it after changing an endpoint, and commit the document with the change.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tests/UnionHome.Tests/UnionHome.Tests.csproj -nologo -v quiet -clp:ErrorsOnly
UNIONHOME_ACCEPT_OPENAPI=1 dotnet test --project tests/UnionHome.Tests/UnionHome.Tests.csproj --no-build -- \
  --filter-method "*.The_committed_openapi_document_is_the_one_the_application_serves" > /dev/null
git --no-pager diff --stat -- docs/openapi/v1.json
