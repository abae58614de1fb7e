#!/usr/bin/env bash
# Regenerates the web UI's API clients from the host's OpenAPI document, in one go:
#   1. builds the host and publishes the department plugins (their register APIs are part of the document);
#   2. starts the host on a free loopback port with a throw-away data folder and saves /openapi/v1.json as
#      angular/openapi.json (the checked-in snapshot);
#   3. generates angular/src/app/proxy/generated with ng-openapi-gen (config: angular/ng-openapi-gen.json);
#   4. writes angular/api-clients.stamp.json, the fingerprint the unit tests check.
# Run it after any change to an endpoint or a DTO, and commit what it changes. The checks that make a forgotten run fail:
# tests/Dalad.Departments.Tests (OpenApiSnapshotTests: the host's document equals angular/openapi.json) and
# `npm run test:ci` (generated-clients.spec.ts: the clients are those of the snapshot, unedited).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

dotnet build host/Dalad.Host --nologo -v quiet
scripts/build-plugins.sh >/dev/null

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log="$data/host.log"
(cd host/Dalad.Host && exec dotnet run --no-build -- --urls "http://127.0.0.1:$port" --Dalad:DataPath="$data" \
  --Ui:Path="$data/no-ui" --Identity:DemoUsers=false >"$log" 2>&1) &
host_pid=$!
cleanup() {
  kill "$host_pid" 2>/dev/null || true
  wait "$host_pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break
  kill -0 "$host_pid" 2>/dev/null || { cat "$log"; echo "The host did not start." >&2; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/openapi/v1.json" -o "$data/openapi.json"

cd "$root/angular"
# One stable layout (2-space indentation, final newline), so the snapshot diffs well and compares exactly.
node -e 'const fs=require("fs"); fs.writeFileSync(process.argv[2], JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1],"utf8")), null, 2) + "\n")' \
  "$data/openapi.json" openapi.json
npx --no-install ng-openapi-gen -c ng-openapi-gen.json
node scripts/api-clients-stamp.mjs write
echo "Generated angular/src/app/proxy/generated from angular/openapi.json; commit both and angular/api-clients.stamp.json."
