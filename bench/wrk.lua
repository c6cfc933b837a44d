-- Method and body from the environment (the view beacon is a POST); percentiles and errors
-- printed in a form bench/load.py parses. wrk's own --latency output has no p95.
wrk.method = os.getenv("WRK_METHOD") or "GET"
local body = os.getenv("WRK_BODY") or ""
if body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) sonoivu-bench"

-- The same kind of page on several sites: one "host path" a line in WRK_TARGETS, each request
-- picks one at random and names its site in the Host header.
local targets = {}
local targets_file = os.getenv("WRK_TARGETS") or ""
if targets_file ~= "" then
  for line in io.lines(targets_file) do
    local host, path = line:match("^(%S+) (%S+)$")
    if host then table.insert(targets, {host, path}) end
  end
end

if #targets > 0 then
  math.randomseed(os.time())
  request = function()
    local target = targets[math.random(#targets)]
    wrk.headers["Host"] = target[1]
    return wrk.format(nil, target[2])
  end
end

done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d duration_us=%d p50=%d p95=%d p99=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
  local e = summary.errors
  io.write(string.format("BENCH errors=%d\n", e.connect + e.read + e.write + e.status + e.timeout))
end
