#!/usr/bin/env bash
# backup.sh - back up or restore one Liaison data folder: the database (a
# consistent mariadb-dump taken inside one transaction, with routines and
# triggers), the attachments folder, and the audit chain's keys and anchors
# (secrets/audit-key*, audit/anchors), together in one dated archive.
#
#   backup.sh backup VAR          archive into $BACKUP_DIR (default <repo>/backups);
#                                 the last line printed is the archive's path
#   backup.sh restore VAR FILE    the app must be stopped; replaces the database
#                                 and VAR/attachments with the archive's
#   backup.sh db-start VAR        start only the database, as stack.sh does
#   backup.sh db-stop VAR         stop only the database
#
# After a restore, `scripts/stack.sh start VAR ...` brings the site back; its
# migrations are no-ops because schema_migrations is part of the dump.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:?usage: backup.sh backup|restore|db-start|db-stop VAR [FILE]}
# A restore may go into a fresh folder (a new host); a backup needs a stack.
case "$cmd" in restore|db-start) mkdir -p "${2:?data folder}" ;; esac
VAR=$(cd "${2:?data folder}" 2>/dev/null && pwd) || { echo "backup.sh: no data folder ${2:-}" >&2; exit 1; }
RUN=$VAR/run
LOG=$VAR/log
SOCK=$RUN/mysql.sock
DB=${DB_NAME:-liaison}
tmp=
started=0

die() { printf 'backup.sh: %s\n' "$*" >&2; exit 1; }

pid_of() { [ -s "$1" ] && cat "$1" || true; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
db_up() { mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1; }
sql() { mariadb --no-defaults --socket="$SOCK" -uroot --batch --skip-column-names "$@"; }

# The database alone, started and stopped exactly as stack.sh does it.
db_start() { "$ROOT/scripts/stack.sh" db-start "$VAR"; }
db_stop() { "$ROOT/scripts/stack.sh" db-stop "$VAR"; }

backup() {
  local dir stamp out src rc=0
  db_up || die "the database of $VAR is not running (start the stack first)"
  dir=${BACKUP_DIR:-$ROOT/backups}
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  # Two backups in the same second must not overwrite each other.
  while :; do
    stamp=$(date +%Y%m%d-%H%M%S)
    out=$dir/liaison-$stamp.tar.gz
    [ -e "$out" ] || break
    sleep 1
  done
  # The archive holds password hashes and personal data: private to the owner.
  umask 077
  tmp=$(mktemp -d "$dir/.backup.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  # The anchors are copied before the dump: every anchor in the archive then
  # names a row the dump holds.
  audit_files_out "$tmp"
  mariadb-dump --no-defaults --socket="$SOCK" -uroot --single-transaction --routines --triggers \
    --hex-blob --default-character-set=utf8mb4 "$DB" > "$tmp/liaison.sql" \
    || die "mariadb-dump failed"
  # The dump comes first: attachments written after it are at worst unused
  # files, never rows pointing at a missing file.
  src=$VAR
  [ -d "$VAR/attachments" ] || { mkdir "$tmp/attachments"; src=$tmp; }
  # GNU tar exits 1 when a file changed while it was read (an upload going
  # on); the archive is still whole, only 2 is fatal.
  tar -czf "$tmp/archive.tar.gz" -C "$tmp" liaison.sql audit-files -C "$src" attachments || rc=$?
  [ "$rc" -le 1 ] || die "tar failed"
  mv "$tmp/archive.tar.gz" "$out"
  echo "$out"
}

# The audit chain's key files and anchor file, as the archive carries them.
AUDIT_FILES="secrets/audit-key secrets/audit-anchor.pem secrets/audit-anchor.pub audit/anchors"

audit_files_out() { # tmp
  local f
  mkdir -p "$1/audit-files/secrets" "$1/audit-files/audit"
  for f in $AUDIT_FILES; do
    [ -f "$VAR/$f" ] && cp -p "$VAR/$f" "$1/audit-files/$f"
  done
  return 0
}

# The archive's keys and anchors belong to its database.  A key file that
# already starts with the archive's (keys are only ever appended) stays;
# anything else the folder held is kept aside, never deleted.
audit_files_in() { # tmp
  local f stamp; stamp=$(date +%Y%m%d-%H%M%S)
  [ -d "$1/audit-files" ] || return 0
  mkdir -p "$VAR/secrets" "$VAR/audit"; chmod 700 "$VAR/secrets" "$VAR/audit"
  for f in $AUDIT_FILES; do
    [ -f "$1/audit-files/$f" ] || continue
    if [ -f "$VAR/$f" ]; then
      cmp -s "$VAR/$f" "$1/audit-files/$f" && continue
      if [ "$f" = secrets/audit-key ] && cmp -s -n "$(stat -c %s "$1/audit-files/$f")" "$VAR/$f" "$1/audit-files/$f"; then
        continue
      fi
      mv "$VAR/$f" "$VAR/$f.before-restore-$stamp"
    fi
    cp -p "$1/audit-files/$f" "$VAR/$f"
  done
}

restore() {
  local file=${1:?usage: backup.sh restore VAR FILE} p d
  [ -f "$file" ] && [ -r "$file" ] || die "cannot read the archive $file"
  file=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
  # Every process that writes to the database or the attachments must be down.
  for d in app mailer scheduler; do
    if alive "$RUN/$d.pid"; then
      p=$(pid_of "$RUN/$d.pid")
      die "refusing to restore: the $d of $VAR is running (pid $p); stop the stack first: scripts/stack.sh stop $VAR"
    fi
  done
  tmp=$(mktemp -d "$VAR/.restore.XXXXXX")
  trap 'rm -rf "$tmp"; if [ "$started" = 1 ]; then db_stop; fi' EXIT
  # Check the whole archive before anything is dropped.
  tar -xzf "$file" -C "$tmp" || die "$file is not a readable archive"
  [ -s "$tmp/liaison.sql" ] || die "$file holds no liaison.sql"
  tail -n 1 "$tmp/liaison.sql" | grep -q '^-- Dump completed' || die "the dump in $file is incomplete"
  [ -d "$tmp/attachments" ] || mkdir "$tmp/attachments"

  if ! db_up; then
    db_start
    started=1
  fi
  sql <<EOT || die "cannot recreate the database $DB"
DROP DATABASE IF EXISTS \`$DB\`;
CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
EOT
  sql --default-character-set=utf8mb4 "$DB" < "$tmp/liaison.sql" \
    || die "loading the dump failed: the database $DB is incomplete, restore again"

  # Swap the folders so a failure never leaves a half-copied attachments folder.
  if [ -d "$VAR/attachments" ]; then mv "$VAR/attachments" "$tmp/attachments.old"; fi
  mv "$tmp/attachments" "$VAR/attachments"
  audit_files_in "$tmp"
  echo "restored $file into $VAR; start the stack with scripts/stack.sh start $VAR ..."
}

case "$cmd" in
  backup) backup ;;
  restore) restore "${3:-}" ;;
  db-start) db_start ;;
  db-stop) db_stop ;;
  *) die "unknown command $cmd" ;;
esac
