-- wrk script: GET /api/v1/catalogue?q=… with the queries of queries.txt (every class) in turn.
--   wrk … -s search.lua http://127.0.0.1:8090 -- queries.txt            60 queries, over and over
--   wrk … -s search.lua http://127.0.0.1:8090 -- queries.txt distinct   each query with a year and
--     a genre filter (60 × 12 × 9 = 6,480 different searches): no search is repeated within a run
-- Each thread starts at a different place of the list.
local queries = {}
local position = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local words = {}
  for line in io.lines(args[1]) do
    local query = line:match("^[^#][^\t]*\t(.+)$")
    if query then
      words[#words + 1] = encode(query)
    end
  end
  if #words == 0 then
    error("no queries in " .. tostring(args[1]))
  end
  if args[2] == "distinct" then
    local genres = {"通知", "意见", "公告", "通告", "报告", "批复", "函", "决定", "纪要"}
    for year = 2015, 2026 do
      for _, genre in ipairs(genres) do
        for _, word in ipairs(words) do
          queries[#queries + 1] = "/api/v1/catalogue?q=" .. word .. "&year=" .. year .. "&genre=" .. encode(genre)
        end
      end
    end
    -- two threads: one from the start, one from the middle
    position = ((id or 1) - 1) * math.floor(#queries / 2)
  else
    for _, word in ipairs(words) do
      queries[#queries + 1] = "/api/v1/catalogue?q=" .. word
    end
    position = ((id or 1) - 1) * 17 % #queries
  end
end

function request()
  position = position % #queries + 1
  return wrk.format("GET", queries[position])
end
