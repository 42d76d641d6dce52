#!/usr/bin/env bash
# bench.sh - measure the real stack (nginx -> unix socket -> app workers ->
# MariaDB) with wrk on the data made by bench-data.sh, and print one table.
#
#   bench.sh VAR PORT [SMALL_VAR]
#
# Cases: /healthz (no database: the stack's ceiling), the login page, an
# approver's inbox, a request page with its timeline (as its approver sees
# it once decided, and while it waits on them: the decide form with its
# hand-over picker), my requests, and an approve POST (a fresh pending
# request each time).  Each at 8 and 64 connections, each run twice for
# BENCH_DURATION (default 10s).  With SMALL_VAR (a 10,000-request folder),
# the inbox and my-requests run there too, on PORT+1, alternating run for
# run with the same pages on VAR, for the cost-vs-table-size check.
# Workers' RSS is taken before and after.  Stops what it started.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VAR=${1:?data folder}; PORT=${2:?port}; SMALL=${3:-}
DUR=${BENCH_DURATION:-10s}
CONNS=${BENCH_CONNS:-8 64}
THREADS=2
BIN=build/prod/liaison
URL=http://127.0.0.1:$PORT
OUT=${BENCH_OUT:-build/bench/results.md}
export DB_POOL=${DB_POOL:-2G} WORKERS=${BENCH_WORKERS:-4}
T=$(mktemp -d /tmp/liaison-bench.XXXXXX)

die() { echo "bench.sh: $*" >&2; exit 1; }
[ -s "$VAR/bench.env" ] || die "no benchmark data in $VAR: run make bench-data"
[ -x "$BIN" ] || die "build $BIN first"
command -v wrk >/dev/null || die "wrk is not installed"

running=()
cleanup() {
  for v in "${running[@]}"; do [ -n "$v" ] || continue; scripts/stack.sh stop "$v" >/dev/null 2>&1 || true; done
  rm -rf "$T"
}
trap cleanup EXIT

sql() { mariadb --no-defaults --socket="$1/run/mysql.sock" -uroot --batch --skip-column-names liaison -e "$2"; }

# The scheduler and the mailer are timed background work, not the request
# path; their catch-up on a generated backlog (every approval run leaves
# mail) would be measured instead.  They are not started, and any left
# running from before (make bench-data, make run on the folder) is stopped.
start_stack() { # var port
  running+=("$1"); CUR=$1
  for d in scheduler mailer; do
    local p; p=$(cat "$1/run/$d.pid" 2>/dev/null || true)
    [ -n "$p" ] || continue
    kill -TERM "$p" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    rm -f "$1/run/$d.pid"
  done
  DAEMONS=0 scripts/stack.sh start "$1" "$2" "$BIN" empty > "$T/stack.log" 2>&1 \
    || { cat "$T/stack.log"; die "stack start failed"; }
}

stop_stack() { # var
  scripts/stack.sh stop "$1" > /dev/null 2>&1
  running=("${running[@]/$1}")
}

# login USER [URL] -> "SID CSRF" of a fresh session
login() {
  local jar=$T/jar.$1 page csrf sid URL=${2:-$URL}
  rm -f "$jar"
  page=$(curl -fsS -c "$jar" -b "$jar" "$URL/login")
  csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' <<<"$page" | head -1)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=$1" --data-urlencode "password=$BENCH_PASSWORD" \
    --data-urlencode "csrf=$csrf" "$URL/login"
  sid=$(awk '$6 == "sid" { print $7 }' "$jar")
  [ -n "$sid" ] || die "login as $1 failed"
  page=$(curl -fsS -b "sid=$sid" "$URL/inbox")
  csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' <<<"$page" | head -1)
  [ -n "$csrf" ] || die "no CSRF token for $1"
  echo "$sid $csrf"
}

workers_rss() { # var -> "pid:kB ..."
  local m; m=$(cat "$1/run/app.pid")
  ps -o pid=,rss= --ppid "$m" | awk '{ printf "%s:%s ", $1, $2 }'
}

# wrk output -> "reqs rps p50ms p99ms errors"
parse_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    / requests in / { n = $1 } /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { err += $NF } /Socket errors:/ { err += $4 + $6 + $8 + $10 }
    END { printf "%d %.0f %.2f %.2f %d\n", n, rps, p50, p99, err }' "$1"
}

# What a run costs, read around it: statements MariaDB executed
# (Questions) and CPU ticks of MariaDB, the app (master
# and workers) and nginx (master and workers), from /proc.
CLK=$(getconf CLK_TCK)
ticks_of() { # pid... -> utime + stime in ticks
  local t=0 p
  for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done
  echo "$t"
}
family() { local m; m=$(cat "$1"); echo "$m $(ps -o pid= --ppid "$m")"; }   # pid file -> master and children
# Statements: MariaDB's Questions, every command a client sends (prepared
# executions and plain queries such as START TRANSACTION and COMMIT alike;
# MariaDB has no Com_query); per_request takes away the one that reads them.
# shellcheck disable=SC2046
counters() {
  echo "$(sql "$CUR" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS
      WHERE VARIABLE_NAME = 'QUESTIONS'") $(ticks_of $(cat "$CUR/run/mysqld.pid"))" \
    "$(ticks_of $(family "$CUR/run/app.pid")) $(ticks_of $(family "$CUR/run/nginx.pid"))"
}
# "before" "after" requests -> "statements db_us app_us nginx_us" per request
per_request() {
  read -r s0 d0 a0 n0 <<<"$1"; read -r s1 d1 a1 n1 <<<"$2"
  awk -v n="$3" -v k="$CLK" -v s=$((s1 - s0 - 1)) -v d=$((d1 - d0)) -v a=$((a1 - a0)) -v g=$((n1 - n0)) \
    'BEGIN { if (n < 1) n = 1; u = 1e6 / k / n; printf "%.1f %.0f %.0f %.0f\n", s / n, d * u, a * u, g * u }'
}

total_requests=0
# run NAME CONNS PATH [wrk args...]: two runs; appends "name conns rps1 rps2 p50 p99 errors" to $T/rows
run_case() { # name conns path big|small [wrk args...]
  local name=$1 c=$2 path=$3 set=$4; shift 4
  local r1 r2 f before after
  for i in 1 2; do
    f=$T/wrk.$set.$name.$c.$i
    [ "$i" = 2 ] && before=$(counters)
    wrk -t"$THREADS" -c"$c" -d"$DUR" --latency "$@" "$URL$path" > "$f" 2>&1 || true
    [ "$i" = 2 ] && after=$(counters)
    [ "$i" = 1 ] && r1=$(parse_wrk "$f") || r2=$(parse_wrk "$f")
  done
  read -r n1 rps1 _ _ e1 <<<"$r1"
  read -r n2 rps2 p50 p99 e2 <<<"$r2"
  total_requests=$((total_requests + n1 + n2))
  echo "$name $c $rps1 $rps2 $p50 $p99 $((e1 + e2)) $(per_request "$before" "$after" "$n2")" >> "$T/rows.$set"
}

warm() { wrk -t"$THREADS" -c8 -d2s "$@" > /dev/null 2>&1 || true; }

# The next untouched id of the approve pool: past every decided one.
pool_next() {
  sql "$VAR" "SELECT COALESCE(MAX(id), $BENCH_POOL_FIRST - 1) + 1 FROM requests
    WHERE id BETWEEN $BENCH_POOL_FIRST AND $BENCH_POOL_LAST AND version > 1"
}

run_approve() { # conns
  local c=$1 first r line n rps p50 p99 e before after
  local -a lines=()
  for i in 1 2; do
    # Decisions whose client wrk dropped at the end may still be committing.
    sleep 1
    first=$(( $(pool_next) + 2 * c ))
    [ "$i" = 2 ] && before=$(counters)
    [ $((BENCH_POOL_LAST - first)) -gt 20000 ] || die "approve pool nearly used up ($first..$BENCH_POOL_LAST): run make bench-data"
    wrk -t"$THREADS" -c"$c" -d"$DUR" --latency -s tests/bench/approve.lua "$URL/" -- \
      "$first" "$BENCH_POOL_LAST" "$THREADS" "$APPROVER_CSRF" "$APPROVER_SID" > "$T/wrk.big.approve.$c.$i" 2>&1 || true
    [ "$i" = 2 ] && after=$(counters)
    lines+=("$(parse_wrk "$T/wrk.big.approve.$c.$i")")
    grep -q "decisions sent" "$T/wrk.big.approve.$c.$i" || die "approve run failed: $(cat "$T/wrk.big.approve.$c.$i")"
  done
  read -r n1 rps1 _ _ e1 <<<"${lines[0]}"
  read -r n2 rps2 p50 p99 e2 <<<"${lines[1]}"
  total_requests=$((total_requests + n1 + n2))
  echo "approve $c $rps1 $rps2 $p50 $p99 $((e1 + e2)) $(per_request "$before" "$after" "$n2")" >> "$T/rows.big"
}

# The approve POST redirects (303) to the request: count real decisions.
decided_count() {
  sql "$VAR" "SELECT COUNT(*) FROM requests WHERE id BETWEEN $BENCH_POOL_FIRST AND $BENCH_POOL_LAST AND version > 1"
}

# ---- the 1,000,000-request stack ----
# shellcheck disable=SC1091
. "$VAR/bench.env"
echo "== starting the benchmark stack in $VAR on port $PORT ($WORKERS workers)"
start_stack "$VAR" "$PORT"
VAR=$(cd "$VAR" && pwd)
read -r INBOX_SID _ <<<"$(login "$BENCH_INBOX_USER")"
read -r MINE_SID _ <<<"$(login "$BENCH_MINE_USER")"
read -r APPROVER_SID APPROVER_CSRF <<<"$(login "$BENCH_APPROVER")"
inbox_uid=$(sql "$VAR" "SELECT id FROM users WHERE login = '$BENCH_INBOX_USER'")
done_id=$(sql "$VAR" "SELECT MAX(r.id) FROM requests r JOIN step_assignees a ON a.request_id = r.id
  WHERE r.type = 'supplies' AND r.state = 'done' AND a.user_id = $inbox_uid AND a.state = 'approved'")
pending_id=$(sql "$VAR" "SELECT MAX(r.id) FROM requests r JOIN step_assignees a ON a.request_id = r.id
  WHERE r.type = 'supplies' AND a.user_id = $inbox_uid AND a.state = 'pending'")
rows=$(sql "$VAR" "SELECT COUNT(*) FROM requests")
inbox_n=$(sql "$VAR" "SELECT COUNT(*) FROM step_assignees WHERE user_id = $inbox_uid AND state = 'pending'")
mine_n=$(sql "$VAR" "SELECT COUNT(*) FROM requests r JOIN users u ON u.id = r.requester_id WHERE u.login = '$BENCH_MINE_USER'")
decided0=$(decided_count)

IC="Cookie: sid=$INBOX_SID"; MC="Cookie: sid=$MINE_SID"
warm "$URL/healthz"; warm "$URL/login"; warm -H "$IC" "$URL/inbox"; warm -H "$MC" "$URL/mine"; warm -H "$MC" "$URL/mine?type=supplies"
warm -H "$IC" "$URL/requests/$done_id"; warm -H "$IC" "$URL/requests/$pending_id"
rss_before=$(workers_rss "$VAR")
log_from=$(( $(wc -l < "$VAR/log/app.log") + 1 ))   # earlier runs' lines are not this run's errors
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Each request type may add its own cases: tests/bench/cases/<type>.sh
# defines bench_<type>_setup (once, the stack running, after the logins)
# and bench_<type> CONNS (in every round, with run_case).
cases=()
for f in tests/bench/cases/*.sh; do
  [ -e "$f" ] || continue
  # shellcheck disable=SC1090
  . "$f"
  t=$(basename "$f" .sh); cases+=("$t")
  "bench_${t}_setup"
done

for c in $CONNS; do
  echo "== $c connections"
  run_case healthz "$c" /healthz big
  run_case login "$c" /login big
  run_case inbox "$c" /inbox big -H "$IC"
  run_case request "$c" "/requests/$done_id" big -H "$IC"
  run_case request_pending "$c" "/requests/$pending_id" big -H "$IC"
  run_case mine_type "$c" "/mine?type=supplies" big -H "$MC"
  run_case mine "$c" /mine big -H "$MC"
  run_approve "$c"
  for t in "${cases[@]}"; do "bench_$t" "$c"; done
done
rss_after=$(workers_rss "$VAR")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
decided=$(( $(decided_count) - decided0 ))
errors_app=$(tail -n +"$log_from" "$VAR/log/app.log" | grep -c ' 5[0-9][0-9] ' || true)

# ---- the 10,000-request stack: same pages, small table ----
# Both stacks run side by side and each page alternates between them, run
# for run, so the machine's drift over the benchmark lands on both sides.
# Each page shows the same number of rows on both: "by type" takes the
# requester and type with the most requests in the small table (it must
# fill a page there), not the main table's user, who has 6 of a type there.
size_case() { # name conns path big_sid small_sid
  local name=$1 c=$2 path=$3 set u sid f
  for i in 1 2; do
    for set in small big; do
      if [ "$set" = big ]; then u=$URL; sid=$4; else u=$SURL; sid=$5; fi
      f=$T/wrk.size.$set.$name.$c.$i
      wrk -t"$THREADS" -c"$c" -d"$DUR" --latency -H "Cookie: sid=$sid" "$u$path" > "$f" 2>&1 || true
      read -r n _ <<<"$(parse_wrk "$f")"; total_requests=$((total_requests + n))
      grep -q "Non-2xx" "$f" && die "$name on the $set stack answered with errors"
    done
  done
  for set in small big; do
    read -r _ r1 _ <<<"$(parse_wrk "$T/wrk.size.$set.$name.$c.1")"
    read -r _ r2 _ <<<"$(parse_wrk "$T/wrk.size.$set.$name.$c.2")"
    echo "$name $c $r1 $r2" >> "$T/size.$set"
  done
}

if [ -n "$SMALL" ]; then
  [ -s "$SMALL/bench.env" ] || die "no benchmark data in $SMALL"
  SPORT=$((PORT + 1)); SURL=http://127.0.0.1:$SPORT
  echo "== the same pages on $SMALL (port $SPORT), alternating with $VAR"
  start_stack "$SMALL" "$SPORT"; CUR=$VAR
  small_rows=$(sql "$SMALL" "SELECT COUNT(*) FROM requests")
  read -r type_user type_key <<<"$(sql "$SMALL" "SELECT u.login, r.type FROM requests r
    JOIN users u ON u.id = r.requester_id GROUP BY r.requester_id, r.type HAVING COUNT(*) > 20
    ORDER BY COUNT(*) DESC, u.login LIMIT 1")"
  [ -n "$type_key" ] || die "no requester in $SMALL has a page of one type"
  big_n=$(sql "$VAR" "SELECT COUNT(*) FROM requests r JOIN users u ON u.id = r.requester_id
    WHERE u.login = '$type_user' AND r.type = '$type_key'")
  [ "$big_n" -gt 20 ] || die "$type_user has $big_n requests of type $type_key in $VAR"
  read -r S_INBOX_SID _ <<<"$(login "$BENCH_INBOX_USER" "$SURL")"
  read -r S_MINE_SID _ <<<"$(login "$BENCH_MINE_USER" "$SURL")"
  read -r S_TYPE_SID _ <<<"$(login "$type_user" "$SURL")"
  read -r B_TYPE_SID _ <<<"$(login "$type_user")"
  warm -H "Cookie: sid=$S_INBOX_SID" "$SURL/inbox"; warm -H "Cookie: sid=$S_MINE_SID" "$SURL/mine"
  warm -H "Cookie: sid=$S_TYPE_SID" "$SURL/mine?type=$type_key"; warm -H "Cookie: sid=$B_TYPE_SID" "$URL/mine?type=$type_key"
  for c in $CONNS; do
    size_case inbox "$c" /inbox "$INBOX_SID" "$S_INBOX_SID"
    size_case mine "$c" /mine "$MINE_SID" "$S_MINE_SID"
    size_case mine_type "$c" "/mine?type=$type_key" "$B_TYPE_SID" "$S_TYPE_SID"
  done
  stop_stack "$SMALL"
fi
stop_stack "$VAR"

# ---- the table ----
report() {
  echo "Benchmark $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores: wrk -t$THREADS -d$DUR, two runs per row, $WORKERS app workers"
  echo "Load average before: $load_before; after: $load_after (other processes on the machine share the cores)"
  echo "Data: $rows requests; inbox user has $inbox_n pending, my-requests user has $mine_n requests."
  echo
  echo "| case | conns | req/s run 1 | req/s run 2 | p50 ms | p99 ms | x /healthz | errors | statements per request | CPU µs per request: MariaDB / app / nginx |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  awk '
    { name[NR] = $1; c[NR] = $2; r1[NR] = $3; r2[NR] = $4; p50[NR] = $5; p99[NR] = $6; e[NR] = $7
      st[NR] = $8; cpu[NR] = $9 " / " $10 " / " $11
      if ($1 == "healthz") h[$2] = ($3 + $4) / 2 }
    END { for (i = 1; i <= NR; i++)
      printf "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %d | %s | %s |\n", name[i], c[i], r1[i], r2[i], p50[i], p99[i],
        h[c[i]] ? (r1[i] + r2[i]) / 2 / h[c[i]] : 0, e[i], st[i], cpu[i] }' "$T/rows.big"
  echo
  echo "Statements and CPU are read around run 2 of each row (MariaDB's Questions: prepared executions and plain queries; utime + stime"
  echo "from /proc of mariadbd, the app's master and workers, nginx's master and workers), divided by its requests."
  echo
  echo "Approve: $decided decisions committed (each POST one decision: its transaction, audit row, notices)."
  echo "Worker RSS (pid:kB) before: $rss_before"
  echo "Worker RSS (pid:kB) after:  $rss_after"
  echo "Requests served during the runs: $total_requests; app 5xx lines logged during the runs: $errors_app"
  if [ -n "$SMALL" ]; then
    echo
    echo "Same pages with $small_rows requests in the table, run for run alternating with the $rows-request"
    echo "stack (req/s, mean of two runs each; mine_type is $type_user's requests of type $type_key, a full page on both):"
    echo
    echo "| case | conns | $small_rows requests | $rows requests | ratio |"
    echo "|---|---:|---:|---:|---:|"
    awk 'FNR == NR { s[$1 " " $2] = ($3 + $4) / 2; next }
      (($1 " " $2) in s) { b = ($3 + $4) / 2
        printf "| %s | %d | %d | %d | %.2f |\n", $1, $2, s[$1 " " $2], b, b / s[$1 " " $2] }' "$T/size.small" "$T/size.big"
  fi
}
# ---- the issue's targets, each with what was measured ----
targets() {
  echo
  echo "Targets:"
  awk -v small="$T/size.small" -v sbig="$T/size.big" -v rss_b="$rss_before" -v rss_a="$rss_after" -v served="$total_requests" '
    function verdict(ok) { return ok ? "met" : "NOT met" }
    BEGIN { while ((getline l < small) > 0) { split(l, f, " "); s[f[1] " " f[2]] = (f[3] + f[4]) / 2 }
      while ((getline l < sbig) > 0) { split(l, f, " "); sb[f[1] " " f[2]] = (f[3] + f[4]) / 2 } }
    { m = ($3 + $4) / 2; rate[$1 " " $2] = m; p99[$1 " " $2] = $6; if ($1 == "healthz") h[$2] = m; cases[$1] = 1; conns[$2] = 1 }
    END {
      for (c in conns) {
        for (k in cases) if (k == "inbox" || k == "mine" || k == "mine_type")
          printf "  %-16s %2d conns: %.2f of /healthz (>= 0.30): %s\n", k, c, rate[k " " c] / h[c], verdict(rate[k " " c] >= 0.30 * h[c])
        for (k in cases) if (k ~ /^request/)
          printf "  %-16s %2d conns: %.2f of /healthz (>= 0.20): %s\n", k, c, rate[k " " c] / h[c], verdict(rate[k " " c] >= 0.20 * h[c])
        if (rate["approve " c] > best) best = rate["approve " c]
      }
      printf "  approve: best %d decisions/s (>= 2000): %s\n", best, verdict(best >= 2000)
      worst = 0
      for (k in cases) if (p99[k " 8"] > worst) { worst = p99[k " 8"]; wk = k }
      printf "  p99 at 8 conns: worst %.2f ms (%s) (<= 5 ms): %s\n", worst, wk, verdict(worst <= 5)
      for (key in s) { split(key, f, " "); r = sb[key] / s[key]
        printf "  %-16s %2d conns at 1M vs 10k: %.2f (>= 0.80): %s\n", f[1], f[2], r, verdict(r >= 0.8) }
      n = split(rss_b, b, "[: ]+"); split(rss_a, a, "[: ]+"); maxa = 0; grow = 0
      for (i = 2; i <= n; i += 2) { if (a[i] > maxa) maxa = a[i]; if (a[i] - b[i] > grow) grow = a[i] - b[i] }
      printf "  worker RSS: max %.1f MB after (<= 16 MB): %s; largest growth %d kB over %d requests\n", maxa / 1024, verdict(maxa <= 16384), grow, served
    }' "$T/rows.big"
}
mkdir -p "$(dirname "$OUT")"
{ report; targets; } | tee "$OUT"
cp "$T"/wrk.* "$(dirname "$OUT")/" 2>/dev/null || true
