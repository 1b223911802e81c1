-- The request of one server benchmark measure (tests/bench/server_bench.py),
-- from the environment: BENCH_METHOD, BENCH_BODY (JSON, optional) and
-- BENCH_TOKEN (a bearer token, optional). Prints wrk's figures as one line of
-- JSON after the run, which the script reads.
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body ~= nil and body ~= "" then
    wrk.body = body
    wrk.headers["Content-Type"] = "application/json"
elseif wrk.method == "POST" then
    wrk.headers["Content-Length"] = "0"
end
local token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'BENCH_JSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,' ..
        '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
        summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
        e.connect, e.read, e.write, e.status, e.timeout))
end
