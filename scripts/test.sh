#!/usr/bin/env bash
# Runs every test of the repository; CI runs this (.ci/run). On a fresh Debian 12 machine it:
#   1. installs what is missing: the Debian packages postgresql, redis-server, chromium and fonts-noto-cjk (as root,
#      or with sudo);
#   2. starts a private PostgreSQL and Redis on 127.0.0.1 (ports 55432 and 56379, or the next free ones) in a
#      temporary folder, without systemd, and stops them on exit whatever happens;
#   3. builds the web UI (when angular/ exists, for the browser tests) and the solution;
#   4. runs `dotnet test Dalad.sln` on SQLite, then on PostgreSQL with Redis (all but the suite that needs a real
#      Elasticsearch cluster, which no build machine here can have: scripts/test-elasticsearch.sh runs that one);
#   5. runs the Angular unit tests (when angular/ exists);
#   6. prints a summary ending in "N passed, N failed, N skipped".
# It runs every part even when one fails, and exits non-zero if any part failed or any test was skipped.
# Results (trx files, logs) are kept in artifacts/test-results/.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=$root/artifacts/test-results
rm -rf "$results" && mkdir -p "$results"

part_names=() part_states=() part_seconds=() part_notes=()
total_passed=0 total_failed=0 total_skipped=0 failed_parts=0

bold='' red='' plain=''
[ -t 1 ] && bold=$'\033[1m' red=$'\033[31m' plain=$'\033[0m'
say() { printf '\n%s==> %s%s\n' "$bold" "$*" "$plain"; }
warn() { printf '%s!!! %s%s\n' "$red" "$*" "$plain" >&2; }

# record NAME STATE SECONDS [NOTE] [FAILED_TESTS]: STATE is ok or FAILED. A part that failed without a failing test
# (a build, a crash, a service that did not start, a skipped test) counts as one failure in the totals, so the closing
# line never reads "0 failed" for a run that failed.
record() {
  part_names+=("$1") part_states+=("$2") part_seconds+=("$3") part_notes+=("${4:-}")
  [ "$2" = ok ] && return
  failed_parts=$((failed_parts + 1))
  [ "${5:-0}" -gt 0 ] || total_failed=$((total_failed + 1))
}

# step NAME COMMAND...: runs a part that is not a test run (install, build), records its state and time.
# The command may leave a remark for the summary in step_note.
step_note=""
step() {
  local name=$1 start=$SECONDS state=ok
  shift
  say "$name"
  "$@" || state=FAILED
  record "$name" "$state" $((SECONDS - start)) "$step_note"
  step_note=""
  [ "$state" = ok ]
}

# ── 1. Packages ─────────────────────────────────────────────────────────────────────────────────────────────────────
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_packages() {
  local missing=()
  [ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/initdb" ] || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v chromium >/dev/null || missing+=(chromium)
  # Without a CJK font the browser tests' screenshots (kept as artifacts) show boxes instead of Chinese.
  [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -eq 0 ]; then
    echo "postgresql, redis-server, chromium and a Chinese font are installed."
    return 0
  fi
  echo "Installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || { warn "installing ${missing[*]} needs root (or sudo without a password)"; return 1; }
    sudo=(sudo -n)
  fi
  "${sudo[@]}" apt-get update &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${missing[@]}"
}

# ── 2. Private PostgreSQL and Redis ─────────────────────────────────────────────────────────────────────────────────
work=$(mktemp -d /tmp/dalad-test.XXXXXX)
chmod 755 "$work" # the postgres user must reach its data folder inside
pg_port="" pg_started=false redis_port="" redis_started=false

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

# as_postgres COMMAND: root may not run PostgreSQL, so as root the server runs as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "cd / && $1"; else sh -c "$1"; fi
}

start_postgres() {
  local bin
  bin=$(postgres_bin)
  [ -n "$bin" ] || { warn "PostgreSQL is not installed"; return 1; }
  pg_port=$(free_port 55432)
  mkdir -p "$work/pg"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$work/pg"
  # fsync off and friends: a throw-away test database, speed over durability. Trust auth, on 127.0.0.1 only.
  as_postgres "$bin/initdb -D $work/pg/data -U postgres -A trust -E UTF8 --locale=C >$work/pg/initdb.log 2>&1" ||
    { cat "$work/pg/initdb.log"; return 1; }
  pg_started=true
  as_postgres "$bin/pg_ctl -D $work/pg/data -l $work/pg/postgres.log -w -t 60 start -o '-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/pg -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off'" ||
    { cat "$work/pg/postgres.log"; return 1; }
  echo "PostgreSQL $("$bin/postgres" --version | grep -o '[0-9][0-9.]*' | head -n 1) is listening on 127.0.0.1:$pg_port"
}

redis_answers() (
  exec 3<>"/dev/tcp/127.0.0.1/$redis_port" || exit 1
  printf 'PING\r\n' >&3
  read -r -t 2 reply <&3
  [[ $reply == +PONG* ]]
)

start_redis() {
  command -v redis-server >/dev/null || { warn "redis-server is not installed"; return 1; }
  redis_port=$(free_port 56379)
  redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --dir "$work" --pidfile "$work/redis.pid" --logfile "$work/redis.log" || return 1
  redis_started=true
  for _ in $(seq 1 50); do
    if redis_answers 2>/dev/null; then
      echo "$(redis-server --version | grep -o 'v=[0-9.]*' | sed 's/v=/Redis /') is listening on 127.0.0.1:$redis_port"
      return 0
    fi
    sleep 0.2
  done
  cat "$work/redis.log"
  return 1
}

stop_services() {
  if $pg_started; then
    as_postgres "$(postgres_bin)/pg_ctl -D $work/pg/data -m fast -w stop" >/dev/null 2>&1 || warn "PostgreSQL did not stop cleanly"
    cp "$work/pg/postgres.log" "$results/postgres.log" 2>/dev/null
  fi
  if $redis_started && [ -f "$work/redis.pid" ]; then
    local pid
    pid=$(cat "$work/redis.pid")
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    cp "$work/redis.log" "$results/redis.log" 2>/dev/null
  fi
  rm -rf "$work"
}
trap stop_services EXIT
trap 'exit 130' INT TERM

# ── Test runs: counts come from the trx files (dotnet) or the closing lines (Angular) ────────────────────────────────
trx_counter() {
  local value
  value=$(sed -n "s/.*<Counters[^>]* $1=\"\([0-9]*\)\".*/\1/p" "$2" | head -n 1)
  echo "${value:-0}"
}

# run_dotnet_tests NAME DIR FILTER [VAR=VALUE...]: one `dotnet test Dalad.sln` run with the given test filter and
# environment.
run_dotnet_tests() {
  local name=$1 dir=$results/$2 filter=$3 start=$SECONDS
  shift 3
  say "dotnet test Dalad.sln — $name"
  env -u DALAD_TEST_DB -u DALAD_TEST_PG -u DALAD_TEST_REDIS "$@" \
    dotnet test Dalad.sln --no-build --nologo --filter "$filter" \
    --logger "console;verbosity=normal" --logger trx --results-directory "$dir" \
    --blame-hang-timeout 15m --blame-hang-dump-type none 2>&1 | tee "$dir.log"
  local exit_code=${PIPESTATUS[0]} passed=0 failed=0 skipped=0 files=0 trx
  for trx in "$dir"/*.trx; do
    [ -f "$trx" ] || continue
    files=$((files + 1))
    passed=$((passed + $(trx_counter passed "$trx")))
    failed=$((failed + $(trx_counter failed "$trx") + $(trx_counter error "$trx") + $(trx_counter timeout "$trx") + $(trx_counter aborted "$trx")))
    # A skipped test is in the total but not executed (its own notExecuted counter stays 0).
    skipped=$((skipped + $(trx_counter total "$trx") - $(trx_counter executed "$trx") + $(trx_counter inconclusive "$trx")))
  done
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed)) total_skipped=$((total_skipped + skipped))

  local state=ok note="$passed passed, $failed failed, $skipped skipped"
  [ "$exit_code" -eq 0 ] && [ "$failed" -eq 0 ] || state=FAILED
  if [ "$skipped" -gt 0 ]; then
    state=FAILED
    note+="; skipped (nothing may skip): $(grep -ho 'testName="[^"]*"[^>]*outcome="NotExecuted"' "$dir"/*.trx | sed 's/testName="\([^"]*\)".*/\1/' | paste -sd, -)"
  fi
  if [ "$files" -ne "$test_projects" ]; then
    state=FAILED note+="; $files of $test_projects test projects reported results"
  fi
  [ $((passed + failed)) -gt 0 ] || state=FAILED note+="; ran no test"
  if [ "$failed" -gt 0 ]; then
    note+="; failed: $(grep -ho 'testName="[^"]*"[^>]*outcome="Failed"' "$dir"/*.trx | sed 's/testName="\([^"]*\)".*/\1/' | paste -sd, -)"
  fi
  record "dotnet test ($name)" "$state" $((SECONDS - start)) "$note" "$failed"
}

# The Angular runner (Vitest) closes with a line like "Tests  2 failed | 40 passed | 1 skipped (43)".
run_angular_tests() {
  local start=$SECONDS log=$results/angular-tests.log
  say "Angular unit tests (npm run test:ci)"
  (cd angular && npm run test:ci) 2>&1 | tee "$log"
  local exit_code=${PIPESTATUS[0]} line passed failed skipped
  line=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^\s*Tests\s+[0-9]' | tail -n 1)
  if [ -z "$line" ]; then
    record "Angular unit tests" FAILED $((SECONDS - start)) "no 'Tests N passed' line found in the output (exit $exit_code)"
    return
  fi
  passed=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
  failed=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
  skipped=$(( $(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+' || echo 0) + $(grep -oE '[0-9]+ todo' <<<"$line" | grep -oE '[0-9]+' || echo 0) ))
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed)) total_skipped=$((total_skipped + skipped))
  local state=ok
  [ "$exit_code" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ] && [ "$passed" -gt 0 ] || state=FAILED
  record "Angular unit tests" "$state" $((SECONDS - start)) "$passed passed, $failed failed, $skipped skipped" "$failed"
}

# npm ci installs exactly the lock file. npm 11 refuses a lock file that lacks other platforms' optional packages
# (npm/cli#4828 writes such files); then npm install still installs the locked versions for this machine.
angular_install() {
  (cd angular && npm ci --no-audit --no-fund) && return 0
  warn "npm ci refused angular/package-lock.json (above); falling back to npm install. Regenerate the lock file from scratch (rm -rf node_modules package-lock.json && npm install) so that npm ci accepts it."
  step_note="npm ci refused the lock file; installed with npm install"
  (cd angular && npm install --no-audit --no-fund)
}

# ── The run ─────────────────────────────────────────────────────────────────────────────────────────────────────────
step "Install missing packages (postgresql, redis-server, chromium)" install_packages

# Every test project must be in the solution, or `dotnet test Dalad.sln` would silently leave it out.
test_projects=0 missing_projects=()
for project in tests/*/*.Tests.csproj; do
  [ -f "$project" ] || continue
  if grep -qF "$(basename "$project")" Dalad.sln; then test_projects=$((test_projects + 1)); else missing_projects+=("$project"); fi
done
if [ ${#missing_projects[@]} -gt 0 ]; then
  warn "test projects missing from Dalad.sln: ${missing_projects[*]}"
  record "Every test project is in Dalad.sln" FAILED 0 "missing: ${missing_projects[*]}"
fi

services_ok=true
step "Start PostgreSQL" start_postgres || services_ok=false
step "Start Redis" start_redis || services_ok=false

angular=false
if [ -f angular/package.json ]; then
  angular=true
  angular_installed=false
  step "Angular: npm ci" angular_install && angular_installed=true
  # The browser end-to-end tests drive this build, served by the real host.
  $angular_installed && step "Angular: production build" bash -c 'cd angular && npm run build'
fi

# ── Browser end-to-end tests ────────────────────────────────────────────────────────────────────────────────────────
# tests/Dalad.E2E.Tests runs inside both `dotnet test` runs below, against the Angular build made above
# (angular/dist/dalad/browser) and this Chromium; its screenshots go to e2e-screenshots/ui-<database>/ and workflow-<database>/ beside the results.
export DALAD_CHROMIUM=/usr/bin/chromium
export DALAD_E2E_SCREENSHOTS=$results/e2e-screenshots
# ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────

if step "Build Dalad.sln" dotnet build Dalad.sln --nologo; then
  # The Elasticsearch contract suite needs a cluster (scripts/test-elasticsearch.sh). The role walk (Category=UiWalk:
  # every page of every role on two screens under axe) checks what pages show, which does not depend on the database
  # provider; it is the longest browser test, so it runs once, on the embedded default. Every browser walk that
  # changes data runs on both databases.
  run_dotnet_tests "SQLite" sqlite "Category!=ElasticsearchCluster"
  if $services_ok; then
    run_dotnet_tests "PostgreSQL + Redis" postgresql-redis "Category!=ElasticsearchCluster&Category!=UiWalk" \
      DALAD_TEST_DB=PostgreSql "DALAD_TEST_PG=Host=127.0.0.1;Port=$pg_port;Username=postgres" "DALAD_TEST_REDIS=127.0.0.1:$redis_port"
  else
    record "dotnet test (PostgreSQL + Redis)" FAILED 0 "not run: PostgreSQL or Redis did not start"
  fi
else
  record "dotnet test" FAILED 0 "not run: the solution did not build"
fi

if $angular; then
  if $angular_installed; then
    run_angular_tests
  else
    record "Angular unit tests" FAILED 0 "not run: npm ci failed"
  fi
fi

# ── Summary ─────────────────────────────────────────────────────────────────────────────────────────────────────────
say "Summary (results in artifacts/test-results/)"
for i in "${!part_names[@]}"; do
  printf '  %-7s %5ss  %s%s\n' "${part_states[$i]}" "${part_seconds[$i]}" "${part_names[$i]}" "${part_notes[$i]:+ — ${part_notes[$i]}}"
done
printf '  total time %ss\n' "$SECONDS"
[ "$total_skipped" -eq 0 ] || warn "$total_skipped test(s) skipped: every test must run, so this run fails"
[ "$failed_parts" -eq 0 ] || warn "$failed_parts part(s) failed (the failed count includes parts that failed outside any test)"
echo "$total_passed passed, $total_failed failed, $total_skipped skipped"
[ "$failed_parts" -eq 0 ] && [ "$total_failed" -eq 0 ] && [ "$total_skipped" -eq 0 ]
