#!/usr/bin/env bash
# bench-data.sh - build a benchmark data folder from scratch: its own stack
# (MariaDB, app, nginx) in VAR on PORT, 200 users in 8 departments and N
# requests of every type with their steps, assignees and hash-chained audit
# rows, written by tests/bench/gen.c and loaded with LOAD DATA INFILE.
# Prints how long the generation and the load took; stops the stack.
#
#   bench-data.sh VAR PORT N [APPROVE_POOL]
#
# Never touches var/ or a test folder: VAR is wiped first, so it must be a
# benchmark folder (its name must contain "bench").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VAR=${1:?data folder}; PORT=${2:?port}; N=${3:?number of requests}; POOL=${4:-0}
INFLIGHT=${BENCH_INFLIGHT:-2000}
GEN=build/bench/gen
BIN=build/prod/liaison
export DB_POOL=${DB_POOL:-2G}

case "$(basename "$VAR")" in *bench*) ;; *) echo "bench-data.sh: refusing to wipe $VAR (name must contain 'bench')" >&2; exit 1 ;; esac
[ -x "$GEN" ] && [ -x "$BIN" ] || { echo "bench-data.sh: build $GEN and $BIN first (make bench-data)" >&2; exit 1; }

now_ms() { date +%s%3N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

scripts/stack.sh stop "$VAR" >/dev/null 2>&1 || true
rm -rf "$VAR"
mkdir -p "$VAR"
VAR=$(cd "$VAR" && pwd)
trap 'scripts/stack.sh stop "$VAR" >/dev/null 2>&1 || true' EXIT

t0=$(now_ms)
WORKERS=2 scripts/stack.sh start "$VAR" "$PORT" "$BIN" empty > "$VAR/stack-start.log" 2>&1 \
  || { cat "$VAR/stack-start.log"; exit 1; }
# Only MariaDB stays up: nothing else may append to the audit chain
# while it is being loaded.
pids=()
for d in nginx:QUIT scheduler:TERM mailer:TERM app:TERM; do
  f=$VAR/run/${d%%:*}.pid
  [ -s "$f" ] || continue
  pids+=("$(cat "$f")")
  kill "-${d#*:}" "${pids[-1]}" 2>/dev/null || true
  rm -f "$f"
done
for p in "${pids[@]}"; do
  for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
done
t1=$(now_ms)

G=$VAR/gen
mkdir -p "$G"
"$GEN" -o "$G" -r conf/routes.hdf -n "$N" -k "$INFLIGHT" -a "$POOL"
t2=$(now_ms)

sql() { mariadb --no-defaults --socket="$VAR/run/mysql.sock" -uroot --batch --skip-column-names liaison "$@"; }

# LOAD DATA into an empty table with unique and foreign-key checks off is
# InnoDB's bulk path (MariaDB 10.7+): no undo log, indexes built by sort.
load() { # table columns...
  local t=$1; shift
  local cols; cols=$(IFS=,; echo "$*")
  echo "LOAD DATA INFILE '$G/$t.tsv' INTO TABLE $t CHARACTER SET utf8mb4 ($cols);"
}
prelude="SET unique_checks = 0, foreign_key_checks = 0;"

sql -e "SET GLOBAL innodb_flush_log_at_trx_commit = 0;"
# The two biggest tables load side by side, one per core.
{
  echo "$prelude"
  load audit id at actor_id action object_type object_id detail ip via prev_hash hash
  cat "$G/audit_head.sql"
} | sql -vvv > "$VAR/log/load-audit.log" &
audit_pid=$!
{
  echo "$prelude"
  load departments id name name_en head_id parent_id created_at
  load users id login display_name email dept_id superior_id roles can_sign salary_fen work_start lang active \
    pw_hash must_change_pw created_at updated_at
  load request_counters prefix year last
  load requests id number type title requester_id filed_by_id dept_id state version round route_hash amount_fen \
    created_at submitted_at decided_at updated_at
  load supplies_requests request_id items quantity purpose handed_out
  load request_steps id request_id round seq name kind who state needed state_after add_signer activated_at decided_at
  load step_assignees id step_id request_id user_id acting_for state decided_at comment via activated_at step_kind
} | sql -vvv > "$VAR/log/load-requests.log"
wait "$audit_pid"
sql -e "SET GLOBAL innodb_flush_log_at_trx_commit = 1;"
sql -e "ANALYZE TABLE requests, request_steps, step_assignees, audit, users;" > /dev/null
t3=$(now_ms)

counts=$(sql -e "SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM departments), (SELECT COUNT(*) FROM requests),
  (SELECT COUNT(*) FROM request_steps), (SELECT COUNT(*) FROM step_assignees), (SELECT COUNT(*) FROM audit),
  (SELECT last_id FROM audit_head)")
read -r nu nd nr ns na nau head <<<"$counts"
[ "$nr" = "$N" ] && [ "$nau" = "$head" ] && [ "$nu" = 200 ] \
  || { echo "bench-data.sh: load incomplete: $counts" >&2; exit 1; }
# The generated rows are chained with plain SHA-256, as rows from before the
# chain had a key: the key file says so, and the app's first row switches
# the chain to its key.
sed -i "1a legacy $nau" "$VAR/secrets/audit-key"
cp "$G/bench.env" "$VAR/bench.env"
rm -rf "$G"

printf '  %s users, %s departments, %s requests, %s steps, %s assignees, %s audit rows\n' "$nu" "$nd" "$nr" "$ns" "$na" "$nau"
printf '  stack %ss, generate %ss, load %ss: %ss in all\n' "$(secs "$t0" "$t1")" "$(secs "$t1" "$t2")" \
  "$(secs "$t2" "$t3")" "$(secs "$t0" "$t3")"
if [ "${BENCH_VERIFY:-0}" = 1 ]; then
  t4=$(now_ms)
  "$(dirname "$BIN")/liaison-ctl" -c conf/liaison.hdf -c "$VAR/liaison.hdf" audit-verify
  printf '  audit chain verified in %ss\n' "$(secs "$t4" "$(now_ms)")"
fi
