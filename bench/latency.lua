-- wrk script: prints one machine-readable line when the run ends, so bench/run.sh need not parse
-- wrk's human summary (whose units change between us, ms and s).
-- "status_errors" is wrk's "Non-2xx or 3xx responses" counter (wrk counts statuses above 399 there).
done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f status_errors=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
