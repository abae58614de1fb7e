#!/usr/bin/env bash
# Runs the full-text contract suite against a real Elasticsearch 7 cluster (the scaled profile's search backend).
# No Elasticsearch server can be installed on the project's build machines, so scripts/test.sh leaves this suite out
# (by its trait) and says so; run this where a cluster exists:
#   DALAD_TEST_ES=http://127.0.0.1:9200 scripts/test-elasticsearch.sh
#   DALAD_TEST_ES=http://es1:9200,http://es2:9200 DALAD_TEST_ES_ANALYZER=smartcn scripts/test-elasticsearch.sh
# It creates indices named dalad-test-<random>-* and deletes them afterwards. Without DALAD_TEST_ES it fails: a suite
# that did not run is not a pass.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DALAD_TEST_ES:-}" ]; then
  echo "DALAD_TEST_ES is not set: name an Elasticsearch 7 cluster, e.g. DALAD_TEST_ES=http://127.0.0.1:9200" >&2
  exit 2
fi
dotnet test tests/Dalad.Search.Tests --nologo --filter "Category=ElasticsearchCluster" --logger "console;verbosity=normal"
