#!/usr/bin/env bash
# test.sh - run every test: unit (cmocka), fuzz corpus replay, HTTP
# integration against a throw-away stack on free ports, browser tests.
# Stops everything it started, even when a test fails, and ends with the
# line "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
T=$(mktemp -d /tmp/liaison-test.XXXXXX)
LOGS=$T/test-logs
mkdir -p "$LOGS"
passed=0
failed=0
failures=()

cleanup() {
  scripts/stack.sh stop "$T/tls" >/dev/null 2>&1
  scripts/stack.sh stop "$T" >/dev/null 2>&1
  [ "${KEEP:-}" = 1 ] || rm -rf "$T"
}
trap cleanup EXIT

# A free port whose next one is free too (a TLS stack's http redirect).
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$((p + 1))") 2>/dev/null || { echo "$p"; return; }
  done
  echo 18080
}

# cmocka prints "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s)".
count_cmocka() { # name log exit-code
  local p f
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$2" | tail -1)
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$2" | tail -1)
  p=${p:-0}; f=${f:-0}
  if [ "$3" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$f" != 0 ]; then
    failures+=("$1")
    grep -E '^\[  (FAILED|  ERROR)|^\[  ERROR' "$2" | head -20
    tail -15 "$2"
  fi
  printf '  %-34s %3s passed %3s failed\n' "$1" "$p" "$f"
}

# TEST_UNIT=0 leaves out the unit tests and the corpus replay (the shards
# of make test-valgrind after the first run them once).
if [ "${TEST_UNIT:-1}" = 0 ]; then
  echo "== unit tests and fuzz replay skipped (TEST_UNIT=0)"
else
  echo "== include check"
  if scripts/layers.sh > "$LOGS/layers.log" 2>&1; then
    passed=$((passed + 1)); printf '  %-34s %s\n' "layers" "$(tail -1 "$LOGS/layers.log")"
  else
    failed=$((failed + 1)); failures+=("layers"); cat "$LOGS/layers.log"
  fi

  echo "== unit tests"
  for t in build/test/unit/test_*; do
    [ -x "$t" ] || continue
    n=$(basename "$t")
    "$t" > "$LOGS/$n.log" 2>&1; rc=$?
    count_cmocka "unit/$n" "$LOGS/$n.log" "$rc"
  done

  echo "== fuzz corpora replay"
  for f in build/fuzz/fuzz_*; do
    [ -x "$f" ] || continue
    n=$(basename "$f"); c=tests/fuzz/corpus/${n#fuzz_}
    if "$f" -runs=0 "$c" > "$LOGS/$n.log" 2>&1; then
      passed=$((passed + 1)); printf '  %-34s replayed %s inputs\n' "fuzz/$n" "$(ls "$c" | wc -l)"
    else
      failed=$((failed + 1)); failures+=("fuzz/$n"); tail -20 "$LOGS/$n.log"
    fi
  done
fi

echo "== integration stack in $T"
PORT=$(free_port)
export LIAISON_URL=http://127.0.0.1:$PORT LIAISON_VAR=$T LIAISON_ROOT=$ROOT
export ROUTES_EXTRA=$ROOT/tests/probe/routes-probe.hdf
# LIAISON_BIN: another build of the app (make test-asan, test-valgrind).
if WORKERS=3 DB_POOL=128M scripts/stack.sh start "$T" "$PORT" "${LIAISON_BIN:-build/test/liaison}" demo > "$LOGS/stack.log" 2>&1; then
  echo "== HTTP tests against $LIAISON_URL"
  for t in ${HTTP_TESTS:-build/test/http/test_*}; do
    [ -x "$t" ] || continue
    n=$(basename "$t")
    [ "$n" = test_tls ] && continue     # against the TLS stack below
    : > "$T/clock"
    "$t" > "$LOGS/$n.log" 2>&1; rc=$?
    count_cmocka "http/$n" "$LOGS/$n.log" "$rc"
  done
  echo "== browser tests"
  : > "$T/clock"
  if [ "${TEST_E2E:-1}" = 0 ]; then
    echo "  skipped (TEST_E2E=0)"
  elif (cd tests/e2e && npm ci --silent --no-audit --no-fund > "$LOGS/npm.log" 2>&1); then
    (cd tests/e2e && node --test --test-reporter=tap --test-concurrency=1 ./*.test.mjs) > "$LOGS/e2e.log" 2>&1
    rc=$?
    p=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$LOGS/e2e.log"); f=$(sed -n 's/^# fail \([0-9]*\)/\1/p' "$LOGS/e2e.log")
    p=${p:-0}; f=${f:-0}; [ "$rc" != 0 ] && [ "$f" = 0 ] && f=1
    passed=$((passed + p)); failed=$((failed + f))
    [ "$f" != 0 ] && { failures+=("e2e"); grep -v '^ *at ' "$LOGS/e2e.log" | grep -A30 -E '^ *not ok' | head -80; }
    printf '  %-34s %3s passed %3s failed\n' "e2e" "$p" "$f"
  else
    failed=$((failed + 1)); failures+=("e2e: npm ci"); tail -20 "$LOGS/npm.log"
  fi
else
  failed=$((failed + 1)); failures+=("stack start"); cat "$LOGS/stack.log"; tail -30 "$T"/log/*.log
fi

# The site as deployed behind TLS: a second stack of its own, https only.
echo "== TLS stack"
if [ "${TEST_TLS:-1}" = 0 ]; then
  echo "  skipped (TEST_TLS=0)"
elif [ -x build/test/http/test_tls ]; then
  TPORT=$(free_port)
  if TLS=1 WORKERS=2 DB_POOL=128M scripts/stack.sh start "$T/tls" "$TPORT" "${LIAISON_BIN:-build/test/liaison}" demo \
      > "$LOGS/stack-tls.log" 2>&1; then
    LIAISON_URL=https://127.0.0.1:$TPORT LIAISON_HTTP_URL=http://127.0.0.1:$((TPORT + 1)) \
      LIAISON_VAR=$T/tls LIAISON_CA=$T/tls/tls/cert.pem build/test/http/test_tls > "$LOGS/test_tls.log" 2>&1
    count_cmocka "http/test_tls" "$LOGS/test_tls.log" "$?"
  else
    failed=$((failed + 1)); failures+=("TLS stack start"); tail -20 "$LOGS/stack-tls.log"
  fi
  scripts/stack.sh stop "$T/tls" > /dev/null 2>&1
fi

if [ ${#failures[@]} -gt 0 ]; then
  echo "== failed: ${failures[*]}"
  echo "== last app log lines:"; tail -20 "$T/log/app.log" 2>/dev/null
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
