#!/usr/bin/env bash
# migrate.sh SOCKET PASSWORD_FILE - create the database and the app's user,
# apply each sql/NNN-*.sql once (recorded in schema_migrations), then grant
# the app only what it needs: read and write on its tables, but on the
# audit table only SELECT and INSERT, so no app bug or attacker with the
# app's credentials can edit history.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SOCK=${1:?socket}; PWFILE=${2:?password file}; DB=${DB_NAME:-liaison}
sql() { mariadb --no-defaults --socket="$SOCK" -uroot --batch --skip-column-names "$@"; }

pw=$(cat "$PWFILE")
sql <<EOT
CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'liaison'@'localhost' IDENTIFIED BY '$pw';
ALTER USER 'liaison'@'localhost' IDENTIFIED BY '$pw';
CREATE TABLE IF NOT EXISTS \`$DB\`.schema_migrations (
  version VARCHAR(64) NOT NULL PRIMARY KEY,
  applied_at DATETIME NOT NULL
);
EOT

for f in "$ROOT"/sql/[0-9][0-9][0-9]-*.sql; do
  v=$(basename "$f" .sql)
  done_already=$(sql "$DB" -e "SELECT COUNT(*) FROM schema_migrations WHERE version = '$v'")
  [ "$done_already" = 0 ] || continue
  { cat "$f"; echo; echo "INSERT INTO schema_migrations VALUES ('$v', UTC_TIMESTAMP());"; } | sql "$DB" \
    || { echo "migrate.sh: $v failed" >&2; exit 1; }
  echo "  applied $v"
done

grants=$(sql "$DB" -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DB'" |
  while read -r t; do
    case "$t" in
      audit) echo "GRANT SELECT, INSERT ON \`$DB\`.\`$t\` TO 'liaison'@'localhost';" ;;
      schema_migrations) echo "GRANT SELECT ON \`$DB\`.\`$t\` TO 'liaison'@'localhost';" ;;
      *) echo "GRANT SELECT, INSERT, UPDATE, DELETE ON \`$DB\`.\`$t\` TO 'liaison'@'localhost';" ;;
    esac
  done)
sql <<EOT
$grants
FLUSH PRIVILEGES;
EOT
