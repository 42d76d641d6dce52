#!/usr/bin/env bash
# stack.sh - start or stop one private Liaison stack: MariaDB on a unix
# socket (no network), migrations, the app (master + workers), and nginx on
# 127.0.0.1.  Everything lives in one data folder; nothing of the system's
# own MariaDB or nginx is used or touched.
#
#   stack.sh start VAR PORT BIN [demo|empty]   (TLS=1: https on PORT with a
#                                              self-signed certificate, and
#                                              http on HTTP_PORT, default PORT+1,
#                                              redirecting to it)
#                                              (DAEMONS=0: without the mailer
#                                              and the scheduler)
#   stack.sh stop VAR
#   stack.sh db-start VAR | db-stop VAR     the database alone (restores, tests)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:?usage: stack.sh start|stop VAR ...}
VAR=$(mkdir -p "${2:?data folder}" && cd "$2" && pwd)
RUN=$VAR/run
LOG=$VAR/log

say() { printf '  %s\n' "$*"; }
die() { printf 'stack.sh: %s\n' "$*" >&2; exit 1; }

pid_of() { [ -s "$1" ] && cat "$1" || true; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

stop_pidfile() { # pidfile signal seconds
  local p; p=$(pid_of "$1")
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null || { rm -f "$1"; return 0; }
  kill "-$2" "$p" 2>/dev/null || true
  for _ in $(seq 1 $(( $3 * 10 ))); do kill -0 "$p" 2>/dev/null || { rm -f "$1"; return 0; }; sleep 0.1; done
  kill -KILL "$p" 2>/dev/null || true
  rm -f "$1"
}

folders() {
  mkdir -p "$RUN" "$LOG" "$VAR/db" "$VAR/secrets" "$VAR/mail" "$VAR/attachments" "$VAR/nginx/tmp"
  chmod 755 "$VAR" "$RUN"
  chmod 700 "$VAR/secrets"
  # nginx's workers run as nobody and write request bodies here.
  chown nobody "$VAR/nginx/tmp" 2>/dev/null || true
  for s in db-password secret-key; do
    [ -s "$VAR/secrets/$s" ] || { openssl rand -hex 32 > "$VAR/secrets/$s"; chmod 600 "$VAR/secrets/$s"; }
  done
}

# The audit chain's keys, beside the instance secret and never in the
# database: the HMAC key file ("<id> <hex>" a line; rows already in the
# table when it is first made are recorded as "legacy N", from before the
# key) and the Ed25519 pair that signs anchors.  Anchors go to VAR/audit,
# outside the database's folder and the attachments.
audit_keys() {
  local s=$VAR/secrets n
  mkdir -p "$VAR/audit"; chmod 700 "$VAR/audit"
  if [ ! -s "$s/audit-key" ]; then
    n=$(mariadb --no-defaults --socket="$RUN/mysql.sock" -uroot -N -B \
      -e "SELECT last_id FROM ${DB_NAME:-liaison}.audit_head" 2>/dev/null || echo 0)
    ( umask 077
      { echo "# audit chain keys: <id> <hex>, newest last; never remove a line"
        [ "${n:-0}" -gt 0 ] && echo "legacy $n"
        echo "1 $(openssl rand -hex 32)"; } > "$s/audit-key.tmp" )
    mv "$s/audit-key.tmp" "$s/audit-key"
  fi
  if [ ! -s "$s/audit-anchor.pem" ]; then
    ( umask 077; openssl genpkey -algorithm ed25519 -out "$s/audit-anchor.pem" 2>/dev/null )
    openssl pkey -in "$s/audit-anchor.pem" -pubout -out "$s/audit-anchor.pub" 2>/dev/null
  fi
  [ -s "$s/audit-anchor.pub" ] || openssl pkey -in "$s/audit-anchor.pem" -pubout -out "$s/audit-anchor.pub" 2>/dev/null
}

db_start() {
  if [ ! -d "$VAR/db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$VAR/db" --user=root \
      --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
      > "$LOG/mariadb-install.log" 2>&1 || die "mariadb-install-db failed, see $LOG/mariadb-install.log"
  fi
  alive "$RUN/mysqld.pid" && return 0
  mariadbd --no-defaults --user=root --datadir="$VAR/db" --socket="$RUN/mysql.sock" \
    --pid-file="$RUN/mysqld.pid" --log-error="$LOG/mariadb.log" --skip-networking \
    --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-flush-log-at-trx-commit=1 --innodb-buffer-pool-size="${DB_POOL:-256M}" \
    --innodb-log-file-size=256M --max-connections=300 --max-allowed-packet=32M \
    --default-time-zone=+00:00 > /dev/null 2>&1 &
  for _ in $(seq 1 300); do
    mariadb-admin --no-defaults --socket="$RUN/mysql.sock" -uroot ping >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  die "MariaDB did not start, see $LOG/mariadb.log"
}

app_config() {
  # The test build adds its probe type's route (ROUTES_EXTRA) to the real file.
  local routes=$ROOT/conf/routes.hdf
  if [ -n "${ROUTES_EXTRA:-}" ]; then
    cat "$ROOT/conf/routes.hdf" "$ROUTES_EXTRA" > "$VAR/routes.hdf"
    routes=$VAR/routes.hdf
  fi
  cat > "$VAR/liaison.hdf" <<EOT
Liaison {
  ListenSocket = $RUN/app.sock
  Workers = ${WORKERS:-4}
  BaseURL = $(scheme)://127.0.0.1:$PORT
  Demo = $([ "$MODE" = demo ] && echo 1 || echo 0)
  DB.Socket = $RUN/mysql.sock
  DB.PasswordFile = $VAR/secrets/db-password
  SecretKeyFile = $VAR/secrets/secret-key
  TemplateDir = $ROOT/templates
  LangDir = $ROOT/conf/lang
  CommonPasswords = $ROOT/conf/common-passwords.txt
  RoutesFile = $routes
  DataDir = $VAR
  Test.ClockFile = $VAR/clock
  Mail.PollMs = 300
  Audit.KeyFile = $VAR/secrets/audit-key
  Audit.SignKeyFile = $VAR/secrets/audit-anchor.pem
  Audit.VerifyKeyFile = $VAR/secrets/audit-anchor.pub
  Audit.AnchorFile = $VAR/audit/anchors
  Audit.AnchorMinutes = ${AUDIT_ANCHOR_MINUTES:-60}
}
EOT
}

app_start() {
  alive "$RUN/app.pid" && return 0
  "$BIN" -c "$ROOT/conf/liaison.hdf" -c "$VAR/liaison.hdf" -p "$RUN/app.pid" >> "$LOG/app.log" 2>&1 &
  for _ in $(seq 1 100); do [ -S "$RUN/app.sock" ] && return 0; sleep 0.05; done
  die "the app did not start, see $LOG/app.log"
}

scheme() { [ "${TLS:-0}" = 1 ] && echo https || echo http; }

# A self-signed certificate for 127.0.0.1 and localhost, made once.
tls_cert() {
  mkdir -p "$VAR/tls"; chmod 700 "$VAR/tls"
  [ -s "$VAR/tls/cert.pem" ] && return 0
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$VAR/tls/key.pem" -out "$VAR/tls/cert.pem" > "$LOG/tls.log" 2>&1 \
    || die "could not make a certificate, see $LOG/tls.log"
}

# The parts of nginx.conf.in that differ between http and https.
nginx_conf() {
  local listen="listen 127.0.0.1:$PORT;" tls="" redirect=""
  : > "$VAR/nginx/hsts.conf"
  if [ "${TLS:-0}" = 1 ]; then
    tls_cert
    listen="listen 127.0.0.1:$PORT ssl;"
    tls="ssl_certificate $VAR/tls/cert.pem; ssl_certificate_key $VAR/tls/key.pem; ssl_protocols TLSv1.2 TLSv1.3;"
    redirect="server { listen 127.0.0.1:${HTTP_PORT:-$((PORT + 1))}; server_name localhost;
    return 301 https://127.0.0.1:$PORT\$request_uri; }"
    echo 'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;' > "$VAR/nginx/hsts.conf"
  fi
  sed -e "s|@VAR@|$VAR|g" -e "s|@ROOT@|$ROOT|g" -e "s|@PORT@|$PORT|g" -e "s|@LISTEN@|$listen|" \
    -e "s|@TLS@|$tls|" -e "s|@REDIRECT@|${redirect//$'\n'/ }|" "$ROOT/conf/nginx.conf.in" > "$VAR/nginx/nginx.conf"
}

nginx_start() {
  alive "$RUN/nginx.pid" && return 0
  mkdir -p "$VAR/nginx"
  nginx_conf
  nginx -p "$VAR/nginx" -e "$LOG/nginx-error.log" -c "$VAR/nginx/nginx.conf" \
    || die "nginx did not start, see $LOG/nginx-error.log"
  for _ in $(seq 1 100); do
    curl -kfsS "$(scheme)://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  die "no answer on $(scheme)://127.0.0.1:$PORT/healthz"
}

start() {
  PORT=${3:?port}; BIN=${4:?app binary}; MODE=${5:-empty}
  folders
  db_start
  "$ROOT/scripts/migrate.sh" "$RUN/mysql.sock" "$VAR/secrets/db-password"
  audit_keys
  app_config
  if [ "$MODE" = demo ]; then
    "$(dirname "$BIN")/liaison-ctl" -c "$ROOT/conf/liaison.hdf" -c "$VAR/liaison.hdf" demo
  fi
  app_start
  nginx_start
  [ "${DAEMONS:-1}" = 1 ] || return 0
  for d in mailer scheduler; do daemon_start "$d"; done
}

# A daemon is started when its pid file is there: whoever stops it next
# (stop, or a benchmark that wants it quiet) finds it.
daemon_start() { # mailer|scheduler
  [ -x "$(dirname "$BIN")/liaison-$1" ] || return 0
  alive "$RUN/$1.pid" && return 0
  "$(dirname "$BIN")/liaison-$1" -c "$ROOT/conf/liaison.hdf" -c "$VAR/liaison.hdf" -p "$RUN/$1.pid" >> "$LOG/$1.log" 2>&1 &
  for _ in $(seq 1 100); do
    alive "$RUN/$1.pid" && return 0
    sleep 0.05
  done
  die "liaison-$1 did not start, see $LOG/$1.log"
}

stop() {
  stop_pidfile "$RUN/nginx.pid" QUIT 10
  for d in scheduler mailer; do stop_pidfile "$RUN/$d.pid" TERM 10; done
  stop_pidfile "$RUN/app.pid" TERM 10
  stop_pidfile "$RUN/mysqld.pid" TERM 60
}

case "$cmd" in
  start) start "$@" ;;
  stop) stop ;;
  db-start) folders; db_start ;;
  db-stop) stop_pidfile "$RUN/mysqld.pid" TERM 60 ;;
  *) die "unknown command $cmd" ;;
esac
