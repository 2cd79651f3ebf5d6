-- wrk script: POST a new request (the body of api.md) and count the answers by status.
-- Each thread keeps its own counts; done() adds them up and writes them for run.sh.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json; charset=UTF-8"
wrk.body = [[{"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"张三","idType":"ID_CARD","idNumber":"110101199003070011","phone":"13800138000","address":"长沙市岳麓区麓山南路1号"},"description":"请公开2025年本机关行政事业性收费项目清单","docNo":null,"delivery":{"form":"ELECTRONIC","method":"ONLINE"}}]]

local threads = {}

function setup(thread)
    thread:set("created", 0)
    thread:set("other", 0)
    table.insert(threads, thread)
end

function init(args)
    created = 0
    other = 0
end

function response(status, headers, body)
    if status == 201 then
        created = created + 1
    else
        other = other + 1
    end
    wrk.thread:set("created", created)
    wrk.thread:set("other", other)
end

function done(summary, latency, requests)
    local c, o = 0, 0
    for _, thread in ipairs(threads) do
        c = c + thread:get("created")
        o = o + thread:get("other")
    end
    local out = io.open(os.getenv("COUNTS") or "counts.txt", "w")
    out:write(string.format("created=%d\nother=%d\n", c, o))
    out:close()
    io.write(string.format("201 answers: %d, other answers: %d, socket errors: connect %d read %d write %d timeout %d\n",
        c, o, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
