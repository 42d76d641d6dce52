# Reception bookings (RC-05, RC-03) in make bench, sourced by scripts/bench.sh:
# the free/busy page of rooms and cars (the day's grid and its week) with a
# few rooms and cars and a week of holds, and a class-C booking submitted.

bench_reception_setup() {
  local day
  sql "$VAR" "INSERT IGNORE INTO reception_resources (kind, name, seats, driver, created_at) VALUES
    ('room', '一号会议室', 20, '', NOW()), ('room', '贵宾接待室', 12, '', NOW()),
    ('room', '三号会议室', 8, '', NOW()), ('car', '粤A·D1234', 7, '陈师傅', NOW()), ('car', '粤A·C5678', 5, '林师傅', NOW())"
  # Two holds a day on each resource over the week of 2031-03-03, on requests of the pool's past;
  # the last run's holds go first, so every run measures the same week.
  sql "$VAR" "DELETE FROM reception_holds WHERE request_id = (SELECT MIN(id) FROM requests)
    AND from_at >= '2031-03-03' AND from_at < '2031-03-10'"
  for day in 03 04 05 06 07 08 09; do
    sql "$VAR" "INSERT INTO reception_holds (request_id, resource_id, from_at, to_at, firm)
      SELECT (SELECT MIN(id) FROM requests), id, '2031-03-$day 01:00:00', '2031-03-$day 03:00:00', 1 FROM reception_resources
      UNION ALL
      SELECT (SELECT MIN(id) FROM requests), id, '2031-03-$day 06:00:00', '2031-03-$day 08:30:00', 0 FROM reception_resources"
  done
  read -r RC_SID RC_CSRF <<<"$(login "$BENCH_MINE_USER")"
  export RC_SID RC_CSRF
  warm -H "Cookie: sid=$RC_SID" "$URL/resources?day=2031-03-05"
}

bench_reception() { # conns
  run_case reception_week "$1" "/resources?day=2031-03-05" big -H "Cookie: sid=$RC_SID"
  run_case reception_book "$1" /new/reception big -s tests/bench/reception_book.lua
}
