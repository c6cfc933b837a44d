-- The load test's mix (bench/loadtest.py): the requests of WRK_MIX ("METHOD path [body]", one a
-- line) taken in turn by every connection; the POSTs alone carry WRK_POST_COOKIE (their CSRF
-- cookie), so the GETs stay anonymous and cacheable. Prints what bench/loadtest.py parses.
local requests = {}
local threads = {}
local agent = "Mozilla/5.0 (X11; Linux x86_64) sonoivu-loadtest"

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in (os.getenv("WRK_MIX") or ""):gmatch("[^\n]+") do
    local method, path, body = line:match("^(%S+) (%S+) ?(.*)$")
    local headers = { ["User-Agent"] = agent }
    if method == "POST" then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
      headers["Cookie"] = os.getenv("WRK_POST_COOKIE") or ""
    else
      body = nil
    end
    table.insert(requests, wrk.format(method, path, headers, body))
  end
  sent = 0
  s2, s3, s4, s5 = 0, 0, 0, 0
end

function request()
  sent = sent + 1
  return requests[(sent % #requests) + 1]
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local counts = { s2 = 0, s3 = 0, s4 = 0, s5 = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(counts) do
      counts[name] = counts[name] + (thread:get(name) or 0)
    end
  end
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50=%d p95=%d p99=%d max=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max))
  io.write(string.format("BENCH connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("BENCH s2xx=%d s3xx=%d s4xx=%d s5xx=%d\n",
    counts.s2, counts.s3, counts.s4, counts.s5))
end
