#!/usr/bin/env bash
# proof.sh - the long proofs behind `make fuzz`, `make test-asan` and
# `make test-valgrind` (see mk/proof.mk).
#
#   proof.sh fuzz SECONDS             each harness in build/fuzz for SECONDS, FUZZ_JOBS (2) at a time
#   proof.sh asan                     the whole suite against build/asan/liaison
#   proof.sh valgrind                 the HTTP suite with the app under valgrind
#
# Each ends with one verdict line and exits non-zero when something was found.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# ---- fuzzing: a scratch corpus per harness, seeded from tests/fuzz/corpus;
# crashes land in tests/fuzz/crashes/<name>/ (fix, then move the input into
# the corpus so `make test` replays it for ever).
fuzz_one() { # harness seconds
  local f=$1 n; n=$(basename "$1"); n=${n#fuzz_}
  local work=build/fuzz/work/$n crash=tests/fuzz/crashes/$n
  mkdir -p "$work" "$crash"
  cp -n tests/fuzz/corpus/"$n"/* "$work"/ 2>/dev/null || true
  "$f" -max_total_time="$2" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crash/" "$work" > "build/fuzz/$n.log" 2>&1
  local rc=$? execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "build/fuzz/$n.log")
  rmdir "$crash" 2>/dev/null || true
  printf '  %-12s %s runs, corpus %s, %s\n' "$n" "${execs:-?}" "$(ls "$work" | wc -l)" \
    "$([ $rc = 0 ] && echo 'no crash' || echo "FOUND: see build/fuzz/$n.log and $crash")"
  return $rc
}

fuzz() {
  local secs=${1:-300} bad=0
  local jobs=${FUZZ_JOBS:-2}
  echo "== fuzzing each harness for ${secs}s, $jobs at a time"
  export -f fuzz_one
  ls build/fuzz/fuzz_* | xargs -P "$jobs" -I{} bash -c 'fuzz_one "$@"' _ {} "$secs" || bad=1
  [ $bad = 0 ] && echo "fuzz: no crash" || echo "fuzz: crashes found (tests/fuzz/crashes/)"
  return $bad
}

# ---- sanitizers: every process of the stack writes its reports to files.
asan() {
  local logs=build/asan/reports
  rm -rf "$logs"; mkdir -p "$logs"
  export ASAN_OPTIONS="log_path=$ROOT/$logs/asan:detect_leaks=1:abort_on_error=0:strict_string_checks=1"
  export UBSAN_OPTIONS="log_path=$ROOT/$logs/ubsan:print_stacktrace=1:halt_on_error=1"
  LIAISON_BIN=build/asan/liaison scripts/test.sh
  local rc=$? n
  n=$(find "$logs" -type f | wc -l)
  if [ "$n" != 0 ]; then
    echo "== sanitizer reports:"; head -40 "$logs"/*
  fi
  [ $rc = 0 ] && [ "$n" = 0 ] && { echo "test-asan: suite passed, no sanitizer report"; return 0; }
  echo "test-asan: $n report file(s) in $logs, suite exit $rc"
  return 1
}

# ---- valgrind: a folder that looks like a build folder, whose liaison runs
# the test build under memcheck (forked workers stay under it); the other
# tools are the test build's own.  Memcheck checks every read, write and
# free and the leaks; tracking uninitialised values is off by default
# (VALGRIND_UNDEF=yes turns it on): it doubles the cost of each login's
# 600,000-round PBKDF2 (8 s -> 18 s under valgrind) and a password change,
# two of them, then passes the test client's 30 s timeout.
# The suite runs in VALGRIND_SHARDS (default: the number of cores) shards
# side by side, each against its own stack: under valgrind a request is
# slow but single-threaded, so one shard per core is what makes the whole
# suite fit in about half an hour.  HTTP_TESTS="build/test/http/test_x ..."
# runs only some of the suite.
valgrind_run() {
  local dir=build/valgrind logs=build/valgrind/logs
  rm -rf "$dir"; mkdir -p "$logs"
  for b in build/test/liaison-*; do ln -s "$ROOT/$b" "$dir/"; done
  cat > "$dir/liaison" <<EOT
#!/bin/sh
exec valgrind --tool=memcheck --undef-value-errors=${VALGRIND_UNDEF:-no} --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
  --num-callers=30 --log-file=$ROOT/$logs/vg.%p.log $ROOT/build/test/liaison "\$@"
EOT
  chmod +x "$dir/liaison"
  local shards=${VALGRIND_SHARDS:-$(nproc)} i rc=0 p n passed=0 failed=0
  local -a tests pids
  read -r -a tests <<<"${HTTP_TESTS:-$(echo build/test/http/test_*)}"
  [ "$shards" -ge 1 ] || shards=1
  for ((i = 0; i < shards; i++)); do
    local mine=()
    for ((n = i; n < ${#tests[@]}; n += shards)); do mine+=("${tests[n]}"); done
    [ ${#mine[@]} -gt 0 ] || continue
    TEST_UNIT=$([ $i = 0 ] && echo 1 || echo 0) TEST_E2E=$([ $i = 0 ] && echo "${TEST_E2E:-0}" || echo 0) \
      HTTP_TESTS="${mine[*]}" LIAISON_BIN=$dir/liaison scripts/test.sh > "$dir/shard$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || rc=1; done
  for f in "$dir"/shard*.log; do
    grep -E '^  (unit|fuzz|http|e2e)/?' "$f"
    if [[ "$(tail -1 "$f")" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
      passed=$((passed + BASH_REMATCH[1])); failed=$((failed + BASH_REMATCH[2]))
    else
      failed=$((failed + 1)); echo "  $f ended without its count:"; tail -20 "$f"
    fi
  done
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ] || rc=1
  # Each process's log ends with its summary; count real problems only.
  local lost inval procs
  procs=$(ls "$logs" | wc -l)
  lost=$(grep -h "definitely lost:" "$logs"/* | awk '{ s += $4 } END { print s + 0 }')
  inval=$(grep -hc -E "Invalid (read|write)|uninitialised|Invalid free|Mismatched free" "$logs"/* | awk '{ s += $1 } END { print s + 0 }')
  printf '  %s processes under valgrind; definitely lost: %s bytes; invalid accesses/uses: %s\n' "$procs" "$lost" "$inval"
  if [ "$lost" != 0 ] || [ "$inval" != 0 ]; then
    grep -l -E "definitely lost: [1-9]|Invalid (read|write)|uninitialised|Invalid free" "$logs"/* | head -3 | xargs -r head -60
    echo "test-valgrind: problems found (logs in $logs)"; return 1
  fi
  [ $rc = 0 ] && { echo "test-valgrind: suite passed, no definite leak, no invalid access"; return 0; }
  echo "test-valgrind: memory clean, but the suite failed under valgrind (exit $rc)"; return 1
}

case "${1:-}" in
  fuzz) shift; fuzz "$@" ;;
  asan) asan ;;
  valgrind) valgrind_run ;;
  *) echo "usage: proof.sh fuzz [SECONDS] | asan | valgrind" >&2; exit 2 ;;
esac
