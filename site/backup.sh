#!/usr/bin/env bash
# Backup and restore of the site: the PostgreSQL database and both media folders.
#
#   site/backup.sh backup  [DIR]      writes DIR/thidua-YYYYmmdd-HHMMSS/ (default DIR: $BACKUP_DIR)
#   site/backup.sh restore BACKUP     into an EMPTY database ($DATABASE_URL) and empty media folders
#
# Reads DATABASE_URL, MEDIA_ROOT, PRIVATE_MEDIA_ROOT (and BACKUP_DIR, BACKUP_KEEP_DAYS) from the
# environment, e.g. `set -a; . /etc/thidua/thidua.env; set +a` (thidua-backup.service does).
# A backup holds database.dump (pg_dump's custom format), media.tar.gz, private-media.tar.gz
# and SHA256SUMS; restore checks the sums first. Restore refuses a database that has tables:
# restore into a new one, check it, then switch DATABASE_URL (site/README.md).
set -euo pipefail

die() { echo "backup.sh: $*" >&2; exit 1; }
: "${DATABASE_URL:?set DATABASE_URL}"
: "${MEDIA_ROOT:?set MEDIA_ROOT}"
: "${PRIVATE_MEDIA_ROOT:?set PRIVATE_MEDIA_ROOT}"

backup() {
  local parent="${1:-${BACKUP_DIR:-}}"
  [ -n "$parent" ] || die "say where: site/backup.sh backup DIR (or set BACKUP_DIR)"
  local target
  target="$parent/thidua-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$target"
  pg_dump --format=custom --no-owner --no-acl --file="$target/database.dump" "$DATABASE_URL"
  mkdir -p "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"
  tar -C "$MEDIA_ROOT" -czf "$target/media.tar.gz" .
  tar -C "$PRIVATE_MEDIA_ROOT" -czf "$target/private-media.tar.gz" .
  (cd "$target" && sha256sum database.dump media.tar.gz private-media.tar.gz >SHA256SUMS)
  if [ -n "${BACKUP_KEEP_DAYS:-}" ]; then
    find "$parent" -maxdepth 1 -name 'thidua-*' -type d -mtime +"$BACKUP_KEEP_DAYS" -exec rm -rf {} +
  fi
  echo "$target"
}

restore() {
  local source="${1:?say which backup: site/backup.sh restore DIR}"
  [ -d "$source" ] || die "no backup at $source"
  (cd "$source" && sha256sum --quiet --check SHA256SUMS) || die "$source is damaged (SHA256SUMS)"
  local tables
  tables="$(psql "$DATABASE_URL" -tAc "select count(*) from information_schema.tables where table_schema = 'public'")"
  [ "$tables" = 0 ] || die "the database already has $tables tables: restore into an empty one"
  for folder in "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"; do
    mkdir -p "$folder"
    [ -z "$(ls -A "$folder")" ] || die "$folder is not empty: restore into empty folders"
  done
  pg_restore --no-owner --no-acl --exit-on-error --dbname="$DATABASE_URL" "$source/database.dump"
  tar -C "$MEDIA_ROOT" -xzf "$source/media.tar.gz"
  tar -C "$PRIVATE_MEDIA_ROOT" -xzf "$source/private-media.tar.gz"
  echo "restored $source"
}

case "${1:-}" in
  backup) shift; backup "$@" ;;
  restore) shift; restore "$@" ;;
  *) die "usage: site/backup.sh backup [DIR] | restore BACKUP" ;;
esac
