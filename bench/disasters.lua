-- wrk script for bench/disasters.sh: readers of a disaster's coordination board, and associations posting offers.
-- Usage: wrk -s bench/disasters.lua URL -- MODE AUTH DISASTER REQUESTS THREADS PACE_MS
--   MODE  me     GET /api/v1/me with the reader's cookie (the baseline: the same sign-in, the smallest JSON answer)
--         board  GET /disasters/DISASTER with the reader's cookie (the coordination board page)
--         offer  POST /api/v1/disasters/DISASTER/requests/ID/offers with the offering associations' bearer tokens,
--                requests rotating
--   AUTH      me/board: a file holding the Cookie header's value; offer: a file with one access token per line
--   REQUESTS  offer: a file of "ID FROM TO LANGUAGE" lines (the requests every association sees); else "-"
--   THREADS   wrk's thread count (wrk does not tell a thread how many there are)
--   PACE_MS   offer: each connection waits this long between offers (0: as fast as it can), so that the offers come at
--             a set rate while the board is read
-- Each offer thread takes every n-th token (n = threads) and starts at its own request, so the threads spread over
-- associations and requests.
dofile("bench/latency.lua") -- done(): the one machine-readable BENCH line
local latency_done = done

local threads = {}
local count = 0

function setup(thread)
  thread:set("thread_index", count)
  count = count + 1
  table.insert(threads, thread)
end

local mode, board_path
local tokens, requests = {}, {}
local next_token, next_request, pace = 1, 1, 0

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if #line > 0 then table.insert(out, line) end
  end
  return out
end

-- The reader's cookies, kept the way a browser keeps them: the sign-in cookie the app renews (every minute it is checked
-- against the account and sent again) and the antiforgery cookie of the page's forms replace the old ones. A client
-- that kept sending the first cookie would make the app check and renew it on every request, which no browser does.
local jar, jar_order, cookie = {}, {}, ""

function keep_cookie(pair)
  local name, value = pair:match("^%s*([^=]+)=([^;]*)")
  if not name then return end
  if jar[name] == nil then table.insert(jar_order, name) end
  jar[name] = value
  local parts = {}
  for _, n in ipairs(jar_order) do table.insert(parts, n .. "=" .. jar[n]) end
  cookie = table.concat(parts, "; ")
end

function init(args)
  mode = args[1]
  board_path = "/disasters/" .. args[3]
  local n = tonumber(args[5]) or 1
  pace = tonumber(args[6]) or 0
  if mode ~= "offer" then
    for pair in lines(args[2])[1]:gmatch("[^;]+") do keep_cookie(pair) end
    return
  end
  for i, token in ipairs(lines(args[2])) do
    if (i - 1) % n == thread_index then table.insert(tokens, token) end
  end
  if #tokens == 0 then tokens = lines(args[2]) end
  for _, line in ipairs(lines(args[4])) do
    local id, from, to, language = line:match("^(%d+) (%S+) (%S+) (%S+)$")
    table.insert(requests, {
      path = "/api/v1/disasters/" .. args[3] .. "/requests/" .. id .. "/offers",
      body = string.format('{"people":1,"who":"ベンチマーク","languages":["%s"],"from":"%s","to":"%s","mode":"remote","details":"bench"}', language, from, to),
    })
  end
  next_request = thread_index % #requests + 1
end

function delay()
  return pace
end

-- Requests written, per thread: those wrk stops waiting for at the end were still sent, and may well be stored.
sent = 0

function request()
  sent = sent + 1
  if mode == "me" then return wrk.format("GET", "/api/v1/me", { ["Cookie"] = cookie }) end
  if mode == "board" then return wrk.format("GET", board_path, { ["Cookie"] = cookie }) end
  local token = tokens[next_token]
  next_token = next_token % #tokens + 1
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return wrk.format("POST", r.path, { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, r.body)
end

-- Answers by status, per thread, so that errors are told apart (a 409 is not a 500) and the offers answered 201 can be
-- compared with the offers stored.
statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  -- wrk keeps one header of each name: a second cookie set in the same answer is set again on the next one.
  local set = headers["Set-Cookie"]
  if set and mode ~= "offer" then keep_cookie(set) end
end

function done(summary, latency, requests)
  latency_done(summary, latency, requests)
  local total, all_sent = {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses") or {}) do total[status] = (total[status] or 0) + n end
    all_sent = all_sent + (thread:get("sent") or 0)
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, status .. "=" .. n) end
  table.sort(parts)
  io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
  io.write("SENT " .. all_sent .. "\n")
end
