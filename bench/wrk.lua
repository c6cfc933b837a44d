-- Method and body from the environment (the view beacon is a POST); percentiles and errors
-- printed in a form bench/load.py parses. wrk's own --latency output has no p95.
wrk.method = os.getenv("WRK_METHOD") or "GET"
local body = os.getenv("WRK_BODY") or ""
if body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) sonoivu-bench"

done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d duration_us=%d p50=%d p95=%d p99=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
  local e = summary.errors
  io.write(string.format("BENCH errors=%d\n", e.connect + e.read + e.write + e.status + e.timeout))
end
