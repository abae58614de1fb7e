#!/usr/bin/env bash
# Publishes every department plugin (modules/departments/*/*.csproj, except .Contracts and test projects) into the
# host's plugin folder, host/Dalad.Host/plugins/<ProjectName>/, where the host loads it from at start.
# The host project does not reference plugins, so a plain build of the host leaves them out: this puts them in.
# Usage: scripts/build-plugins.sh [Configuration]   (default Debug, the configuration `dotnet run` uses)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-Debug}
plugins_dir=host/Dalad.Host/plugins

shopt -s nullglob
projects=(modules/departments/*/*.csproj)
if [ ${#projects[@]} -eq 0 ]; then
  echo "No department plugins (modules/departments/*/*.csproj) to build."
  exit 0
fi

for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  case "$name" in *.Contracts | *.Tests | *.Test) continue ;; esac
  grep -qi '<IsTestProject>true</IsTestProject>' "$project" && continue
  echo "Publishing plugin $name -> $plugins_dir/$name"
  rm -rf "${plugins_dir:?}/$name" # no stale assemblies from an older build
  dotnet publish "$project" -c "$configuration" -o "$plugins_dir/$name" --nologo -v quiet
done
