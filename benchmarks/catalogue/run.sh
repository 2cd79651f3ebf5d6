#!/usr/bin/env bash
# End-to-end benchmark of the public catalogue: 1,000,000 generated entries published through the
# real confidentiality-review tables and triggers, the portal started on them (the search index
# rebuilt from the database), then in one run:
#   - latency (p50/p95) of the search API for 2-character words, 4-character phrases and several
#     words, each search first the first time it is made, then repeated (the portal keeps the answers
#     of its current index searcher): curl, one connection, sequential, after a warm-up with other
#     searches (time to first byte and total);
#   - throughput with wrk (-t2 -c32, loopback) of a trivial endpoint (GET /api/v1/organs), the
#     search API (rotating queries and never-repeated ones, search.lua) and the public catalogue
#     page (GET /catalogue?q=教育).
# The figures are appended to benchmarks/catalogue/RESULTS.md. Everything started here is stopped
# on exit, failure or Ctrl-C.
#
#   benchmarks/catalogue/run.sh                # fresh database, load, rebuild, measure (≈ 15 min quiet, 30–45 busy)
#   benchmarks/catalogue/run.sh --reuse        # keep the database of the last run: rebuild, measure
#   benchmarks/catalogue/run.sh --reuse-index  # keep the database and the index too: measure
#   benchmarks/catalogue/run.sh --load-only    # fresh database and load only (for profiling)
#
# Needs PostgreSQL at 127.0.0.1:5432 (trust, user postgres), the offline Maven repository, curl,
# jq and wrk (installed with apt-get when missing). Settings (environment):
#   BENCH_DB (gongkai_catalogue_bench)  BENCH_PORT (8090)  BENCH_COUNT (1000000)
#   BENCH_BATCH (100000 entries per publishing transaction)  BENCH_ROUNDS (15 passes per query class)
#   BENCH_DURATION (20s per wrk run)  BENCH_HEAP (the portal's heap option; default: the launcher's)
#   BENCH_RESULTS (the file the results are appended to)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DB=${BENCH_DB:-gongkai_catalogue_bench}
PORT=${BENCH_PORT:-8090}
COUNT=${BENCH_COUNT:-1000000}
BATCH=${BENCH_BATCH:-100000}
ROUNDS=${BENCH_ROUNDS:-15}
DURATION=${BENCH_DURATION:-20s}
REUSE=false
REUSE_INDEX=false
LOAD_ONLY=false
case "${1:-}" in
    --load-only) LOAD_ONLY=true ;;
    --reuse) REUSE=true ;;
    --reuse-index) REUSE=true; REUSE_INDEX=true ;;
    "") ;;
    *) echo "usage: $0 [--reuse | --reuse-index | --load-only]" >&2; exit 2 ;;
esac

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
WORK=$ROOT/target/bench/$DB
DATA=$WORK/data
CSV=$ROOT/target/bench/catalogue-entries-$COUNT.csv.gz
QUERIES=$HERE/queries.txt
RESULTS=${BENCH_RESULTS:-$HERE/RESULTS.md}
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"

PORTAL_PID=
GUNZIP_PID=
FIFO=$WORK/entries.csv

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
clock() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# ------------------------------------------------------------------ processes started here

stop_portal() {
    [ -n "$PORTAL_PID" ] || return 0
    # The portal runs in a process group of its own (setsid): Maven, the launcher's JVM and Payara Micro.
    if kill -0 -- "-$PORTAL_PID" 2>/dev/null; then
        log "Stopping the portal (process group $PORTAL_PID)"
        kill -TERM -- "-$PORTAL_PID" 2>/dev/null || true
        for _ in $(seq 90); do
            kill -0 -- "-$PORTAL_PID" 2>/dev/null || break
            sleep 1
        done
        kill -KILL -- "-$PORTAL_PID" 2>/dev/null || true
    fi
    wait "$PORTAL_PID" 2>/dev/null || true
    PORTAL_PID=
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$GUNZIP_PID" ]; then
        kill "$GUNZIP_PID" 2>/dev/null || true
        wait "$GUNZIP_PID" 2>/dev/null || true
    fi
    rm -f "$FIFO"
    stop_portal
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_portal() {
    local logfile=$1
    if ss -Hltn "sport = :$PORT" | grep -q .; then
        fail "port $PORT is in use (set BENCH_PORT)"
    fi
    log "Starting the portal on $BASE (log: $logfile)"
    (
        cd "$ROOT"
        export GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" GONGKAI_DB_USER=postgres \
            GONGKAI_DB_PASSWORD=unused GONGKAI_DEMO=true GONGKAI_DATA_DIR="$DATA" GONGKAI_HTTP_PORT="$PORT"
        [ -n "${BENCH_HEAP:-}" ] && export GONGKAI_JVM_HEAP="$BENCH_HEAP"
        # The run profile sets gongkai.http.port from its own property, which wins over the variable.
        exec setsid mvn -B -o -q -Prun "-Dgongkai.http.port=$PORT"
    ) >"$logfile" 2>&1 </dev/null &
    PORTAL_PID=$!
}

wait_for_api() {
    local logfile=$1
    for _ in $(seq 900); do
        if curl -sf -o /dev/null "$BASE/api/v1/organs"; then
            return 0
        fi
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -30 "$logfile" >&2; fail "the portal stopped"; }
        sleep 1
    done
    fail "the portal did not answer within 15 minutes"
}

# Prints the seconds the indexer reports once its log says the rebuild is done.
wait_for_rebuild() {
    local logfile=$1
    for _ in $(seq 2400); do
        if grep -q 'Search index rebuilt in' "$logfile"; then
            grep -o 'Search index rebuilt in [0-9]* s' "$logfile" | tail -1 | grep -o '[0-9]\+ s' | cut -d' ' -f1
            return 0
        fi
        if grep -q 'could not be brought up to date' "$logfile"; then
            grep -A20 'could not be brought up to date' "$logfile" | head -40 >&2
            fail "the search index rebuild failed"
        fi
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -30 "$logfile" >&2; fail "the portal stopped"; }
        sleep 1
    done
    fail "the search index was not rebuilt within 40 minutes"
}

# ------------------------------------------------------------------ tools

need() {
    command -v "$1" >/dev/null && return 0
    log "Installing $2 with apt-get"
    apt-get install -y -q "$2" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
}
need wrk wrk
need jq jq
need curl curl
need psql postgresql-client

urlencode() { jq -rn --arg q "$1" '$q | @uri'; }

RUN_STARTED=$(clock)
LOAD_BEFORE=$(loadavg)
log "Load average before the run: $LOAD_BEFORE"

declare -A TIMES=()
CSV_NOTE=

# ------------------------------------------------------------------ 1–2. database and data

exists=$(psql -X -At -d postgres -c "select 1 from pg_database where datname = '$DB'")
if $REUSE && [ "$exists" = 1 ] && [ -d "$DATA" ]; then
    log "Reusing database $DB"
    CSV_NOTE="loaded by an earlier run of this script"
    $REUSE_INDEX && [ -d "$DATA/index" ] || REUSE_INDEX=false
else
    REUSE=false
    REUSE_INDEX=false
    # Only this script's own database is ever dropped; dropdb refuses while anyone is connected.
    log "Creating database $DB"
    dropdb --if-exists "$DB"
    createdb -E UTF8 -T template0 "$DB"
    rm -rf "$DATA"
    mkdir -p "$DATA"

    t=$(clock)
    start_portal "$WORK/portal-schema.log"
    wait_for_api "$WORK/portal-schema.log"
    TIMES[schema]=$(seconds "$t" "$(clock)")
    log "Schema migrated and demo data seeded in ${TIMES[schema]} s"
    stop_portal

    if [ -s "$CSV" ]; then
        CSV_NOTE="$(basename "$CSV") reused (the generator is deterministic)"
    else
        t=$(clock)
        log "Generating $COUNT entries into $CSV"
        # (gzip-compressed because the name ends in .gz; renamed once complete)
        "$ROOT/benchmarks/search/generate.sh" "$COUNT" "${CSV%.csv.gz}.part.csv.gz" >"$WORK/generate.log" 2>&1
        mv "${CSV%.csv.gz}.part.csv.gz" "$CSV"
        TIMES[generate]=$(seconds "$t" "$(clock)")
        CSV_NOTE="generated in ${TIMES[generate]} s"
    fi

    log "Loading the staging table (benchmarks/search/load.sql)"
    t=$(clock)
    rm -f "$FIFO"
    mkfifo "$FIFO"
    gunzip -c "$CSV" >"$FIFO" &
    GUNZIP_PID=$!
    psql_db -v file="$FIFO" -f "$ROOT/benchmarks/search/load.sql" >"$WORK/load.log"
    wait "$GUNZIP_PID"
    GUNZIP_PID=
    rm -f "$FIFO"
    TIMES[copy]=$(seconds "$t" "$(clock)")
    staged=$(psql_db -At -c "select count(*) from bench_catalogue_entry")
    [ "$staged" = "$COUNT" ] || fail "staged $staged entries, expected $COUNT"
    log "Staged $staged entries in ${TIMES[copy]} s"

    t=$(clock)
    psql_db -f "$HERE/prepare.sql" >"$WORK/prepare.log"
    TIMES[prepare]=$(seconds "$t" "$(clock)")
    read -r ENTRY_BASE VERSION_BASE TASK_BASE DECISION_BASE < <(psql_db -At -F' ' -c "select
        greatest((select coalesce(max(id), 0) from catalogue_entry), (select last_value from catalogue_entry_id_seq)),
        greatest((select coalesce(max(id), 0) from catalogue_version), (select last_value from catalogue_version_id_seq)),
        greatest((select coalesce(max(id), 0) from review_task), (select last_value from review_task_id_seq)),
        greatest((select coalesce(max(id), 0) from review_decision), (select last_value from review_decision_id_seq))")
    log "Organs, subjects and index numbers prepared in ${TIMES[prepare]} s; publishing in batches of $BATCH"

    t=$(clock)
    : >"$WORK/publish.log"
    BATCH_TIMES=()
    for ((lo = 0; lo < COUNT; lo += BATCH)); do
        hi=$((lo + BATCH < COUNT ? lo + BATCH : COUNT))
        b=$(clock)
        psql_db -v lo="$lo" -v hi="$hi" -v entry_base="$ENTRY_BASE" -v version_base="$VERSION_BASE" \
            -v task_base="$TASK_BASE" -v decision_base="$DECISION_BASE" \
            -f "$HERE/publish.sql" >>"$WORK/publish.log"
        if [ "$lo" = 0 ]; then
            # Statistics once the tables hold a batch: the next batches' joins are planned for their size.
            psql_db -c "analyze catalogue_entry, catalogue_version, review_task, review_decision"
        fi
        BATCH_TIMES+=("$(seconds "$b" "$(clock)")")
        log "  entries $((lo + 1))–$hi (in order of publication) published in ${BATCH_TIMES[-1]} s"
    done
    TIMES[publish]=$(seconds "$t" "$(clock)")
    # Per statement of publish.sql, summed over the batches (psql's \timing, in statement order).
    STEP_TIMES=$(grep -o '^Time: [0-9.]* ms' "$WORK/publish.log" | awk '
        { step = (NR - 1) % 9; total[step] += $2 }
        END { split("begin entry version task decision task-approved version-approved entry-published commit", name, " ");
              for (i = 1; i <= 7; i++) printf "%s %.0f s, ", name[i + 1], total[i] / 1000 }' | sed 's/, $//')

    t=$(clock)
    psql_db -f "$HERE/finish.sql" >"$WORK/finish.log"
    TIMES[finish]=$(seconds "$t" "$(clock)")
    t=$(clock)
    psql_db -c "vacuum (analyze) catalogue_entry" -c "vacuum (analyze) catalogue_version" \
        -c "vacuum (analyze) review_task" -c "vacuum (analyze) review_decision" -c "analyze organ"
    TIMES[vacuum]=$(seconds "$t" "$(clock)")
    t=$(clock)
    psql_db -f "$HERE/check.sql" >>"$WORK/finish.log"
    TIMES[finish]=$(( TIMES[finish] + $(seconds "$t" "$(clock)") ))
    log "Published $COUNT entries in ${TIMES[publish]} s ($STEP_TIMES); serials and checks ${TIMES[finish]} s, vacuum ${TIMES[vacuum]} s"
fi

PUBLIC=$(psql_db -At -c "select count(*) from catalogue_entry where published_version_id is not null and withdrawn_on is null")
if $LOAD_ONLY; then
    log "Loaded: $PUBLIC public entries (load only: no measurements, nothing written to $RESULTS)"
    exit 0
fi
DB_SIZE=$(psql_db -At -c "select pg_size_pretty(pg_database_size(current_database()))")

# ------------------------------------------------------------------ 3. the portal on the data, index rebuilt

PORTAL_LOG=$WORK/portal.log
if ! $REUSE_INDEX; then
    rm -rf "$DATA/index"
fi
t=$(clock)
start_portal "$PORTAL_LOG"
wait_for_api "$PORTAL_LOG"
TIMES[start]=$(seconds "$t" "$(clock)")
log "Portal answers after ${TIMES[start]} s"
if $REUSE_INDEX; then
    REBUILD_NOTE="not rebuilt (index of an earlier run reused)"
    for _ in $(seq 300); do
        grep -q 'Search index in step\|Search index rebuilt in' "$PORTAL_LOG" && break
        sleep 1
    done
else
    reported=$(wait_for_rebuild "$PORTAL_LOG")
    TIMES[rebuild]=$(seconds "$t" "$(clock)")
    REBUILD_NOTE="$reported s by the indexer's log (${TIMES[rebuild]} s from the start command to the log line)"
    log "Search index rebuilt: $REBUILD_NOTE"
fi
INDEX_SIZE=$(du -sh "$DATA/index" | cut -f1)
EDU_TOTAL=$(curl -sf "$BASE/api/v1/catalogue?q=$(urlencode 教育)&size=1" | jq .total)
log "q=教育: $EDU_TOTAL of $PUBLIC public entries"
[ "$EDU_TOTAL" -gt $((COUNT / 4)) ] || fail "the index does not hold the entries (教育: $EDU_TOTAL)"
INDEXED=$(curl -sf "$BASE/api/v1/catalogue?size=1" | jq .total)
[ "$INDEXED" = "$PUBLIC" ] || fail "the index holds $INDEXED entries, the database $PUBLIC public ones"

# ------------------------------------------------------------------ 4a. latency, sequential

LOAD_MEASURE=$(loadavg)
log "Load average before the measurements: $LOAD_MEASURE"

class_urls() {   # the URLs of one class (or of all classes with "all"), once each
    local c q
    while IFS=$'\t' read -r c q; do
        [[ "$c" == \#* || -z "$q" ]] && continue
        [ "$1" = all ] || [ "$c" = "$1" ] || continue
        printf '%s/api/v1/catalogue?q=%s\n' "$BASE" "$(urlencode "$q")"
    done <"$QUERIES"
}

curl_config() {  # $1 file of URLs, $2 rounds: a curl config fetching them, output discarded
    local r url
    for ((r = 0; r < $2; r++)); do
        while read -r url; do
            printf 'url = "%s"\noutput = "/dev/null"\n' "$url"
        done <"$1"
    done
}

# "requests | p50 | p95 first byte | p50 | p95 total" (ms) of curl's "code first-byte total" lines
percentiles() {
    awk '{ ttfb[NR] = $2 * 1000; total[NR] = $3 * 1000 }
        function pct(a, n, p,   i, j, t, k) {
            for (i = 1; i <= n; i++) s[i] = a[i]
            for (i = 2; i <= n; i++) { t = s[i]; for (j = i - 1; j >= 1 && s[j] > t; j--) s[j + 1] = s[j]; s[j + 1] = t }
            k = int(n * p / 100); if (k < n * p / 100) k++; return s[k] }
        END { printf "%d | %.1f | %.1f | %.1f | %.1f", NR, pct(ttfb, NR, 50), pct(ttfb, NR, 95), pct(total, NR, 50), pct(total, NR, 95) }' "$1"
}

timed() {  # $1 file of URLs, $2 rounds, $3 name: one curl (one keep-alive connection, one request after the other)
    curl_config "$1" "$2" >"$WORK/latency-$3.curl"
    curl -s -K "$WORK/latency-$3.curl" -w '%{http_code} %{time_starttransfer} %{time_total}\n' >"$WORK/latency-$3.txt"
    local bad
    bad=$(awk '$1 != 200' "$WORK/latency-$3.txt" | wc -l)
    [ "$bad" = 0 ] || fail "$bad responses other than 200 in the $3 latency run"
    percentiles "$WORK/latency-$3.txt"
}

mean_hits() {  # the mean total of the searches of a file of URLs (asked with size=1, a search of its own)
    while read -r url; do curl -sf "$url&size=1" | jq .total; done <"$1" | awk '{ s += $1; n++ } END { printf "%d", s / n }'
}

# The portal keeps the counts and result pages of the searches its current index searcher has
# answered (a new searcher, with nothing kept, after every change of the index). So every search
# below is first measured the first time it is made ("first time": the work a new search costs),
# then repeated ("repeated": the answer kept). The warm-up (JIT, page cache) uses searches that are
# not measured later: each query with a genre filter.
class_urls all >"$WORK/urls-all.txt"
while read -r url; do
    for genre in 通知 意见 公告 通告 报告; do printf '%s&genre=%s\n' "$url" "$(urlencode "$genre")"; done
done <"$WORK/urls-all.txt" >"$WORK/urls-warmup.txt"
log "Warm-up: $(wc -l <"$WORK/urls-warmup.txt") searches that are not measured"
curl_config "$WORK/urls-warmup.txt" 1 >"$WORK/warmup.curl"
curl -s -K "$WORK/warmup.curl" -w '%{http_code}\n' >"$WORK/warmup-codes.txt"
bad=$(grep -cv '^200$' "$WORK/warmup-codes.txt" || true)
[ "$bad" = 0 ] || fail "$bad responses other than 200 during the warm-up"

declare -A CLASS_NAMES=([word]="2-character word" [phrase]="4-character phrase" [multi]="several words")
LATENCY_ROWS=
SEARCH_P95_MAX=0
for class in word phrase multi; do
    class_urls "$class" >"$WORK/urls-$class.txt"
    # first time: each query as typed, then each with the validity filter 有效 (most entries): 40 new searches
    { cat "$WORK/urls-$class.txt"; sed "s/\$/\&validity=$(urlencode 有效)/" "$WORK/urls-$class.txt"; } \
        >"$WORK/urls-$class-first.txt"
    first=$(timed "$WORK/urls-$class-first.txt" 1 "$class-first")
    repeated=$(timed "$WORK/urls-$class.txt" "$ROUNDS" "$class-repeated")
    hits=$(mean_hits "$WORK/urls-$class.txt")
    n=$(wc -l <"$WORK/urls-$class.txt")
    LATENCY_ROWS+="| ${CLASS_NAMES[$class]}, first time | $((2 * n)) | $hits | $first |"$'\n'
    LATENCY_ROWS+="| ${CLASS_NAMES[$class]}, repeated | $n | $hits | $repeated |"$'\n'
    for row in "$first" "$repeated"; do
        p95=$(echo "$row" | awk -F' [|] ' '{ print $3 }')
        SEARCH_P95_MAX=$(awk -v a="$SEARCH_P95_MAX" -v b="$p95" 'BEGIN { print (b > a ? b : a) }')
    done
    log "Latency ${CLASS_NAMES[$class]} (requests | p50 first byte | p95 first byte | p50 total | p95 total, ms): first time $first; repeated $repeated"
done

# A word with a year filter (20 × 12 searches, each made once): smaller hit sets, beside the classes above.
for word in $(awk -F'\t' '$1 == "word" { print $2 }' "$QUERIES"); do
    for year in $(seq 2015 2026); do
        printf '%s/api/v1/catalogue?q=%s&year=%s\n' "$BASE" "$(urlencode "$word")" "$year"
    done
done >"$WORK/urls-distinct.txt"
row=$(timed "$WORK/urls-distinct.txt" 1 distinct)
hits=$(mean_hits "$WORK/urls-distinct.txt")
LATENCY_ROWS+="| a word with a year filter, first time | $(wc -l <"$WORK/urls-distinct.txt") | ≈ $hits | $row |"$'\n'
log "Latency, a word with a year filter, first time: $row ms"

# ------------------------------------------------------------------ 4b. throughput, wrk

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.1f", v / 1000; else if (v ~ /ms$/) printf "%.1f", v + 0;
                                 else if (v ~ /s$/) printf "%.0f", v * 1000; else print v }'; }

declare -A RPS=() REQUESTS=()
THROUGHPUT_ROWS=
run_wrk() {   # name, label, [--no-warm-up], wrk arguments…
    local name=$1 label=$2 out=$WORK/wrk-$1.txt warm=true
    shift 2
    if [ "$1" = --no-warm-up ]; then
        warm=false
        shift
    fi
    $warm && wrk -t2 -c32 -d5s --timeout 10s "$@" >/dev/null
    wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency "$@" >"$out"
    local rps p50 p99 non2xx errors
    REQUESTS[$name]=$(awk '/requests in/ { print $1 }' "$out")
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$out")
    errors=$(grep -o 'Socket errors:.*' "$out" || true)
    RPS[$name]=$rps
    THROUGHPUT_ROWS+="| $label | $rps | $p50 | $p99 | ${non2xx:-0}${errors:+ ($errors)} |"$'\n'
    log "wrk $label: $rps requests/s, p50 $p50 ms, p99 $p99 ms, non-2xx ${non2xx:-0} $errors"
}

page_url="$BASE/catalogue?q=$(urlencode 教育)"
code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' "$page_url")
[ "$code" = 200 ] && grep -q '教育' "$WORK/page.html" || fail "the catalogue page answered $code"

run_wrk trivial 'trivial: `GET /api/v1/organs`' "$BASE/api/v1/organs"
run_wrk search 'search API: `GET /api/v1/catalogue?q=…` (the 60 queries in turn, answers kept)' \
    -s "$HERE/search.lua" "$BASE" -- "$QUERIES"
# No warm-up run here: it would make the first searches of the measured run repeats. The JVM is warm
# from the runs before. Two threads, one from the start of the 6,480 searches and one from the middle:
# no search repeats while wrk makes at most 6,480 requests.
run_wrk distinct 'search API, every search new: the 60 queries × 12 years × 9 genres in turn' --no-warm-up \
    -s "$HERE/search.lua" "$BASE" -- "$QUERIES" distinct
DISTINCT_NOTE="${REQUESTS[distinct]} requests"
if [ "${REQUESTS[distinct]}" -gt 6480 ]; then
    DISTINCT_NOTE+=", more than the 6,480 different searches: some were repeats"
fi
run_wrk page 'catalogue page: `GET /catalogue?q=教育` (HTML)' "$page_url"
RATIO=$(awk -v s="${RPS[search]}" -v t="${RPS[trivial]}" 'BEGIN { printf "%.0f", 100 * s / t }')
PAGE_RATIO=$(awk -v s="${RPS[page]}" -v t="${RPS[trivial]}" 'BEGIN { printf "%.0f", 100 * s / t }')
DISTINCT_RATIO=$(awk -v s="${RPS[distinct]}" -v t="${RPS[trivial]}" 'BEGIN { printf "%.0f", 100 * s / t }')
LOAD_AFTER=$(loadavg)

stop_portal

# ------------------------------------------------------------------ 5. results

verdict() { if awk -v a="$1" -v b="$2" -v op="$3" 'BEGIN { exit !(op == "le" ? a <= b : a >= b) }'; then echo met; else echo "**not met**"; fi; }
P95_VERDICT=$(verdict "$SEARCH_P95_MAX" 30 le)
RATIO_VERDICT=$(verdict "$RATIO" 50 ge)

if [ ! -f "$RESULTS" ]; then
    printf '# Catalogue benchmark (`benchmarks/catalogue/run.sh`)\n\nRuns, newest last.\n' >"$RESULTS"
fi
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1 | sed 's/"//g')
pg_version=$(psql -X -At -d postgres -c 'show server_version' | cut -d' ' -f1)
commit=$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src 2>/dev/null || echo "+changes")
{
    echo
    echo "## Run of $(date -u '+%Y-%m-%d %H:%M') UTC (commit $commit)"
    echo
    echo "- Machine: $cpu, $(nproc) cores, $mem; $java_version, PostgreSQL $pg_version; portal heap ${BENCH_HEAP:-as the launcher sets it (-Xmx512m)}."
    echo "- Load average (1/5/15 min; the cores are shared with other developers' builds and tests):" \
         "$LOAD_BEFORE before the run, $LOAD_MEASURE before the measurements, $LOAD_AFTER after them."
    echo "- Data: $PUBLIC public entries ($COUNT generated + the demo entries), database $DB_SIZE, search index $INDEX_SIZE; CSV $CSV_NOTE."
    if ! $REUSE; then
        echo "- Load: schema and demo seed by the portal ${TIMES[schema]} s; staging COPY ${TIMES[copy]} s;" \
             "organs, subjects, index numbers ${TIMES[prepare]} s; publication through the review tables and triggers" \
             "${TIMES[publish]} s in $(( (COUNT + BATCH - 1) / BATCH )) transactions of $BATCH entries" \
             "(per batch: ${BATCH_TIMES[*]} s; per statement, summed: $STEP_TIMES); serials and checks ${TIMES[finish]} s; vacuum and analyze ${TIMES[vacuum]} s."
    fi
    echo "- Portal start to API answering: ${TIMES[start]} s; search index: $REBUILD_NOTE; 教育 matches $EDU_TOTAL entries."
    echo
    echo "Search API latency, one client, one keep-alive connection, requests one after another on loopback,"
    echo "after a warm-up with other searches (ms; first byte ≈ server time, total includes reading the body)."
    echo "First time: each query once as typed and once with the filter validity=有效, neither made before;"
    echo "repeated: each query $ROUNDS more times (the answer the index searcher kept):"
    echo
    echo "| queries | distinct | mean total hits | requests | p50 first byte | p95 first byte | p50 total | p95 total |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s' "$LATENCY_ROWS"
    echo
    echo "Throughput, \`wrk -t2 -c32 -d$DURATION\` on loopback, one after the other in this run, each after a 5 s warm-up but the"
    echo "never-repeated searches (a warm-up would turn its first searches into repeats); wrk shares the 2 cores:"
    echo
    echo "| endpoint | requests/s | p50 ms | p99 ms | non-2xx |"
    echo "|---|---|---|---|---|"
    printf '%s' "$THROUGHPUT_ROWS"
    echo
    echo "Search API throughput / trivial endpoint: **$RATIO %** (every search new: $DISTINCT_RATIO %, $DISTINCT_NOTE; catalogue page / trivial: $PAGE_RATIO %)."
    echo
    echo "Targets: search p95 ≤ 30 ms (worst row, first time or repeated, time to first byte: $SEARCH_P95_MAX ms) — $P95_VERDICT;" \
         "search API throughput ≥ 50 % of the trivial endpoint's ($RATIO %) — $RATIO_VERDICT."
} >>"$RESULTS"
log "Results appended to $RESULTS; whole run $(seconds "$RUN_STARTED" "$(clock)") s"
