#!/usr/bin/env bash
# Backs up the platform into one archive, readable by its owner only: the database, the keys and the search index.
# Usage: scripts/backup.sh <data folder> <archive.tar.gz> [--pg <connection URI>] [--keys <keys folder>]
#   <data folder>   Dalad:DataPath of the instance (holds dalad.db on SQLite, search/, and keys/ by default)
#   --pg URI        on PostgreSQL: the database to dump (pg_dump URI, e.g. postgresql://dalad@127.0.0.1:5432/dalad)
#   --keys DIR      Auth:KeysPath when it is not <data folder>/keys
# The host may keep running: SQLite is copied with its online backup (a consistent snapshot), PostgreSQL with pg_dump
# (one transaction). The search index is copied as it is; the host rebuilds a stale one at start.
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
[ -d "$data/search" ] && cp -a "$data/search" "$work/backup/search"
date -u +%Y-%m-%dT%H:%M:%SZ > "$work/backup/created-at"
tar -C "$work" -czf "$archive" backup
chmod 600 "$archive"
echo "backup written to $archive"
