#!/usr/bin/env bash
# Starts the platform on the embedded default: a SQLite file under host/Dalad.Host/data and an in-memory cache, so
# nothing but the .NET SDK (and Node, for the web UI) has to be installed. Arguments go to the host unchanged:
#   scripts/run.sh                                    # http://127.0.0.1:5000
#   scripts/run.sh --urls http://127.0.0.1:8080       # another address
#   scripts/run.sh --Identity:Admin:Password='S0mething-else!'
# Builds what is missing first: the Angular UI (if angular/ exists and has not been built) and the department plugins.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# The web UI: built once; the host serves angular/dist/dalad/browser at / when it is there, and the API either way.
if [ -f angular/package.json ] && [ ! -f angular/dist/dalad/browser/index.html ]; then
  if command -v npm >/dev/null; then
    echo "==> Building the web UI (angular/, first run only; takes a few minutes)"
    # npm ci installs exactly the lock file; npm install is the fallback when npm refuses it (see scripts/test.sh).
    if ! (cd angular && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; } && npm run build); then
      echo "!!! The web UI did not build (see above); starting the API without it." >&2
    fi
  else
    echo "!!! Node.js/npm not found: starting without the web UI (install Node 20 to get it)." >&2
  fi
fi

echo "==> Building department plugins"
scripts/build-plugins.sh Debug

# The address the host will listen on, for the banner: --urls, else ASPNETCORE_URLS, else the host's default.
urls=${ASPNETCORE_URLS:-${URLS:-http://127.0.0.1:5000}}
args=("$@")
for i in "${!args[@]}"; do
  case "${args[$i]}" in
    --urls=*) urls=${args[$i]#--urls=} ;;
    --urls) urls=${args[$((i + 1))]:-$urls} ;;
  esac
done

cat <<BANNER
==> The Dalad platform (达拉特旗根治欠薪协同平台) — the first start creates the database and seeds it
    Address:    ${urls}   (API docs at /api-docs, health at /health/ready)
    Demo login: admin / 1q2w3E*   — change it: set Identity:Admin:Password (appsettings, an environment variable
                Identity__Admin__Password, or --Identity:Admin:Password=...) before the first start.
                Demo accounts with the same password: operator, housing, bainijing, transport, supervisor (README).
    Stop with Ctrl+C.
BANNER
echo "==> Building the host (dotnet build; a minute on the first run)"
dotnet build host/Dalad.Host -nologo -v quiet
echo "==> Starting the host: migrating and seeding the database, then listening"

# Say when the host really answers, not when it is merely launched.
first=${urls%%;*}
first=${first/\/\/+:/\/\/127.0.0.1:}
first=${first/\/\/\*:/\/\/127.0.0.1:}
if command -v curl >/dev/null; then
  (
    for _ in $(seq 1 600); do
      if curl -fs -o /dev/null "${first%/}/health/live"; then
        echo "==> The host is listening on ${urls}: open it in a browser"
        exit 0
      fi
      sleep 1
    done
  ) &
fi
# Demo accounts for trying the platform (README); a later argument --Identity:DemoUsers=false turns them off.
exec dotnet run --no-build --project host/Dalad.Host -- --Identity:DemoUsers=true "$@"
