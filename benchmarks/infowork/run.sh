#!/usr/bin/env bash
# Benchmark of the information work on a county's year: 200 units, 60,000 items, 15,000 adoptions
# (seed.sql, straight into the tables), then the time the portal takes to answer, measured with curl
# on loopback (one connection, sequential, after a warm-up; the median and the slowest of the runs):
#   - the yearly ranking      GET /api/v1/staff/info/scores?year=2026
#   - a month's ranking       GET /api/v1/staff/info/scores?year=2026&month=6
#   - a unit's ledger         GET /api/v1/staff/info/scores/BENCH0042/ledger?year=2026
#   - the award candidates    GET /api/v1/staff/info/awards?year=2026
#   - the yearly 通报 (PDF)    GET /api/v1/staff/info/scores/2026/bulletin.pdf
# Targets: ranking and ledger ≤ 200 ms, the yearly 通报 ≤ 3 s. Run it under the shared lock so that
# nothing else builds:  flock /tmp/gongkai-heavy.lock benchmarks/infowork/run.sh
# Needs PostgreSQL at 127.0.0.1:5432 (trust, user postgres), the offline Maven repository and curl.
# Settings: BENCH_DB (gongkai_info_bench)  BENCH_PORT (8091)  BENCH_ROUNDS (21)
#           BENCH_RESULTS (the file the results are appended to)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DB=${BENCH_DB:-gongkai_info_bench}
PORT=${BENCH_PORT:-8091}
ROUNDS=${BENCH_ROUNDS:-21}
RESULTS=${BENCH_RESULTS:-$HERE/RESULTS.md}
BASE=http://127.0.0.1:$PORT
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
WORK=$ROOT/target/bench/$DB
mkdir -p "$WORK"
PORTAL_PID=

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

stop_portal() {
    [ -n "$PORTAL_PID" ] || return 0
    if kill -0 -- "-$PORTAL_PID" 2>/dev/null; then
        log "Stopping the portal (process group $PORTAL_PID)"
        kill -TERM -- "-$PORTAL_PID" 2>/dev/null || true
        for _ in $(seq 90); do kill -0 -- "-$PORTAL_PID" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$PORTAL_PID" 2>/dev/null || true
    fi
    wait "$PORTAL_PID" 2>/dev/null || true
    PORTAL_PID=
}
trap 'status=$?; trap - EXIT; stop_portal; exit $status' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ss -Hltn "sport = :$PORT" | grep -q . && fail "port $PORT is in use (set BENCH_PORT)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# Only this script's own database is ever dropped.
log "Creating database $DB"
dropdb --if-exists "$DB"
createdb -E UTF8 -T template0 "$DB"
rm -rf "$WORK/data"; mkdir -p "$WORK/data"

log "Starting the portal on $BASE (log: $WORK/portal.log)"
(
    cd "$ROOT"
    export GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" GONGKAI_DB_USER=postgres \
        GONGKAI_DB_PASSWORD=unused GONGKAI_DEMO=true GONGKAI_DATA_DIR="$WORK/data" GONGKAI_HTTP_PORT="$PORT"
    exec setsid mvn -B -o -q -Prun "-Dgongkai.http.port=$PORT"
) >"$WORK/portal.log" 2>&1 </dev/null &
PORTAL_PID=$!
for _ in $(seq 900); do
    curl -sf -o /dev/null "$BASE/api/v1/organs" && break
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -30 "$WORK/portal.log" >&2; fail "the portal stopped"; }
    sleep 1
done
curl -sf -o /dev/null "$BASE/api/v1/organs" || fail "the portal did not answer"

log "Seeding the county's year"
t0=$(date +%s.%N)
psql -X -q -d "$DB" -f "$HERE/seed.sql"
SEED_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
COUNTS=$(psql -X -At -d "$DB" -c "select (select count(*) from organ where code like 'BENCH%') || ' units, ' || (select count(*) from info_item) || ' items, ' || (select count(*) from info_item where status = 'ADOPTED') || ' adoptions, ' || (select count(*) from info_upward) || ' upward, ' || (select count(*) from info_instruction) || ' instructions, ' || (select count(*) from info_ledger) || ' ledger rows'")
log "Seeded in ${SEED_SECONDS} s: $COUNTS"

# time_starttransfer: from the request to the first byte of the answer (the server's work);
# time_total adds the transfer on loopback.
measure() { # name path
    local name=$1 path=$2 status
    status=$(curl -s -o "$WORK/answer" -w '%{http_code}' -u infoeditor:gongkai-demo "$BASE$path")
    [ "$status" = 200 ] || { head -c 400 "$WORK/answer" >&2; fail "$path answered $status"; }
    for _ in 1 2 3; do curl -s -o /dev/null -u infoeditor:gongkai-demo "$BASE$path"; done
    for _ in $(seq "$ROUNDS"); do
        curl -s -o /dev/null -w '%{time_starttransfer} %{time_total}\n' -u infoeditor:gongkai-demo "$BASE$path"
    done | sort -n | awk -v name="$name" -v path="$path" -v size="$(stat -c %s "$WORK/answer")" '
        { ttfb[NR] = $1 * 1000; total[NR] = $2 * 1000 }
        END { m = int((NR + 1) / 2); max = 0; for (i = 1; i <= NR; i++) if (total[i] > max) max = total[i];
              printf "| %s | `%s` | %d | %.0f | %.0f | %.0f |\n", name, path, size, ttfb[m], total[m], max }'
}

ROWS=$(
    measure "ranking, year" "/api/v1/staff/info/scores?year=2026"
    measure "ranking, month" "/api/v1/staff/info/scores?year=2026&month=6"
    measure "ledger of a unit" "/api/v1/staff/info/scores/BENCH0042/ledger?year=2026"
    measure "award candidates" "/api/v1/staff/info/awards?year=2026"
    measure "通报 of the year (PDF)" "/api/v1/staff/info/scores/2026/bulletin.pdf"
)
echo "$ROWS"

{
    echo
    echo "## Run of $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB RAM; load before the run $LOAD_BEFORE"
    echo "- Commit: $(git -C "$ROOT" rev-parse --short HEAD); data: $COUNTS (seeded in ${SEED_SECONDS} s)"
    echo "- $ROUNDS sequential runs per endpoint after 3 warm-up calls, curl on loopback, signed in as infoeditor; the sorted middle run (median) and the slowest"
    echo
    echo "| what | path | bytes | median to first byte, ms | median total, ms | slowest total, ms |"
    echo "|---|---|---|---|---|---|"
    echo "$ROWS"
} >>"$RESULTS"
log "Results appended to $RESULTS"
