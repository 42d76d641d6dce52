-- approve.lua - wrk script: each request approves a different request.
--
--   wrk -t T -c C -d 10s -s approve.lua URL -- FIRST LAST T CSRF SID
--
-- Requests FIRST..LAST are office-supplies requests waiting on the
-- logged-in approver at version 1 (tests/bench/gen.c makes them).  Thread
-- i takes FIRST+i, FIRST+i+T, ...: no id is ever decided twice, so each
-- POST is a full decision (its transaction, audit row and notices).
-- An id past LAST is not sent again: the script falls back to GET
-- /healthz, which bench.sh reports as "pool exhausted".

local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  first = tonumber(args[1])
  last = tonumber(args[2])
  stride = tonumber(args[3])
  csrf = args[4]
  sid = args[5]
  nextid = first + tid
  body = "action=approve&version=1&csrf=" .. csrf
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "sid=" .. sid,
  }
  sent = 0
end

function request()
  local id = nextid
  nextid = nextid + stride
  if id > last then
    return wrk.format("GET", "/healthz")
  end
  sent = sent + 1
  return wrk.format("POST", "/requests/" .. id .. "/decide", headers, body)
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do
    n = n + (t:get("sent") or 0)
  end
  io.write(string.format("approve.lua: %d decisions sent\n", n))
end
