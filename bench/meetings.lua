-- wrk script for bench/meetings.sh: 63 representatives, each with its own bearer token, against the voting API.
-- Usage: wrk -s bench/meetings.lua URL -- MODE TOKENS MEETING ITEM THREADS
--   MODE me       GET /api/v1/me (the baseline: the same bearer sign-in, the smallest JSON answer)
--        results  GET /api/v1/meetings/MEETING/results
--        ballot   POST /api/v1/meetings/MEETING/items/ITEM/ballots, choices rotating for / against / abstain
--        mixed    a ballot, then the results, in turn (a voter casting and reading)
--   TOKENS  a file with one access token per line (one per association)
-- Each wrk thread takes every n-th token (n = threads), so two threads never send for the same association.
dofile("bench/latency.lua") -- done(): the one machine-readable BENCH line
local latency_done = done

local threads = {}
local count = 0

function setup(thread)
  thread:set("thread_index", count)
  count = count + 1
  table.insert(threads, thread)
end

local tokens, mine = {}, {}
local mode, results_path, ballot_path
local next_token, next_choice, turn = 1, 1, 0
local choices = { '{"choice":"for"}', '{"choice":"against"}', '{"choice":"abstain"}' }

function init(args)
  mode = args[1]
  for line in io.lines(args[2]) do
    if #line > 0 then table.insert(tokens, line) end
  end
  results_path = "/api/v1/meetings/" .. args[3] .. "/results"
  ballot_path = "/api/v1/meetings/" .. args[3] .. "/items/" .. args[4] .. "/ballots"
  -- wrk does not tell a thread how many there are: the thread count comes as the fifth argument.
  local n = tonumber(args[5]) or 1
  for i, token in ipairs(tokens) do
    if (i - 1) % n == thread_index then table.insert(mine, token) end
  end
  if #mine == 0 then mine = tokens end
end

function request()
  local token = mine[next_token]
  next_token = next_token % #mine + 1
  local headers = { ["Authorization"] = "Bearer " .. token }
  local kind = mode
  if mode == "mixed" then
    turn = turn + 1
    kind = (turn % 2 == 1) and "ballot" or "results"
  end
  if kind == "me" then return wrk.format("GET", "/api/v1/me", headers) end
  if kind == "results" then return wrk.format("GET", results_path, headers) end
  headers["Content-Type"] = "application/json"
  local body = choices[next_choice]
  next_choice = next_choice % #choices + 1
  return wrk.format("POST", ballot_path, headers, body)
end

-- Answers by status, per thread, so that errors are told apart (a 409 from colliding casts is not a 500).
statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  latency_done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses") or {}) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, status .. "=" .. n) end
  table.sort(parts)
  io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
end
