#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a fresh data folder (and, on PostgreSQL, an empty database).
# Usage: scripts/restore.sh <archive.tar.gz> <new data folder> [--pg <connection URI of an empty database>]
# Then start the host with --Dalad:DataPath=<new data folder> (and the restored database's connection string).
# The folder must not exist or be empty: a restore never mixes with live data. Everything is made the service's own
# (folders 0700, files 0600): the host refuses to start with a key others can read.
set -euo pipefail
umask 077
archive=${1:?usage: scripts/restore.sh <archive.tar.gz> <new data folder> [--pg URI]}
data=${2:?usage: scripts/restore.sh <archive.tar.gz> <new data folder> [--pg URI]}
shift 2
pg=""
while [ $# -gt 0 ]; do
  case "$1" in
    --pg) pg=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then echo "$data is not empty: restore into a fresh folder" >&2; exit 1; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$archive"
mkdir -p "$data"
chmod 700 "$data"
if [ -f "$work/backup/database.pgdump" ]; then
  [ -n "$pg" ] || { echo "this backup holds a PostgreSQL database: give --pg <URI of an empty database>" >&2; exit 1; }
  pg_restore --no-owner --exit-on-error --dbname="$pg" "$work/backup/database.pgdump"
else
  cp "$work/backup/dalad.db" "$data/dalad.db"
fi
cp -a "$work/backup/keys" "$data/keys"
[ -d "$work/backup/search" ] && cp -a "$work/backup/search" "$data/search"
find "$data" -type d -exec chmod 700 {} + && find "$data" -type f -exec chmod 600 {} +
echo "restored into $data (backup of $(cat "$work/backup/created-at"))"
