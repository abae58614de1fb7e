#!/usr/bin/env bash
# Backs up the platform into one archive, readable by its owner only: the database, the keys and the search index.
# Usage: scripts/backup.sh <data folder> <archive.tar.gz> [--pg <connection URI>] [--keys <keys folder>]
#   <data folder>   Dalad:DataPath of the instance (holds dalad.db on SQLite, search/, and keys/ by default)
#   --pg URI        on PostgreSQL: the database to dump (pg_dump URI, e.g. postgresql://dalad@127.0.0.1:5432/dalad)
#   --keys DIR      Auth:KeysPath when it is not <data folder>/keys
# The host may keep running: SQLite is copied with its online backup (a consistent snapshot), PostgreSQL with pg_dump
# (one transaction). The search index is copied as it is (again when a commit removed a file mid-copy); the host
# rebuilds a stale or missing one at start.
set -euo pipefail
umask 077
data=${1:?usage: scripts/backup.sh <data folder> <archive.tar.gz> [--pg URI] [--keys DIR]}
archive=${2:?usage: scripts/backup.sh <data folder> <archive.tar.gz> [--pg URI] [--keys DIR]}
shift 2
pg="" keys="$data/keys"
while [ $# -gt 0 ]; do
  case "$1" in
    --pg) pg=$2; shift 2 ;;
    --keys) keys=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -d "$data" ] || { echo "no data folder $data" >&2; exit 1; }
[ -d "$keys" ] || { echo "no keys folder $keys (Auth:KeysPath)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/backup"
if [ -n "$pg" ]; then
  pg_dump --format=custom --no-owner --file="$work/backup/database.pgdump" "$pg"
elif [ -f "$data/dalad.db" ]; then
  sqlite3 "$data/dalad.db" ".backup '$work/backup/dalad.db'"
else
  echo "no database: neither --pg nor $data/dalad.db" >&2; exit 1
fi
cp -a "$keys" "$work/backup/keys"
# A running host may commit to the index during the copy and delete the files of the commit before it; the copy then
# misses a file and is tried again. Left out after five tries: the host rebuilds a missing index from the database.
if [ -d "$data/search" ]; then
  for try in 1 2 3 4 5; do
    rm -rf "$work/backup/search"
    cp -a "$data/search" "$work/backup/search" 2>"$work/search-copy.log" && break
    if [ "$try" -eq 5 ]; then
      rm -rf "$work/backup/search"
      echo "warning: the search index kept changing during the copy and is left out; the host rebuilds it at start" >&2
      cat "$work/search-copy.log" >&2
    fi
    sleep 0.2
  done
fi
date -u +%Y-%m-%dT%H:%M:%SZ > "$work/backup/created-at"
tar -C "$work" -czf "$archive" backup
chmod 600 "$archive"
echo "backup written to $archive"
