-- reception_book.lua - wrk script: each request files a class-C reception
-- booking (RC-03: confirmed at submission, so every POST is a whole
-- submission with its route, audit row and notices).  No room or car is
-- asked for, so bookings never wait on each other's resource lock.
--
--   RC_SID=... RC_CSRF=... wrk -t T -c C -d 10s -s reception_book.lua URL/new/reception

local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function init(args)
  n = 0
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "sid=" .. os.getenv("RC_SID"),
  }
  -- 来宾 / 张伟 / 考察, url-encoded
  fixed = "class=C&guest_count=3&responsible=%E5%BC%A0%E4%BC%9F&purpose=%E8%80%83%E5%AF%9F"
    .. "&arrive_at=2031-03-02T09%3A00&depart_at=2031-03-02T11%3A00&csrf=" .. os.getenv("RC_CSRF")
end

function request()
  n = n + 1
  local body = fixed .. "&guest_org=%E6%9D%A5%E5%AE%BE" .. tid .. "-" .. n
  return wrk.format("POST", nil, headers, body)
end
