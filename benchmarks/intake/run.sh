#!/usr/bin/env bash
# Intake benchmark: sustained POSTs of new requests to /api/v1/requests for DURATION seconds
# against the portal started with the run command (mvn -Prun), on this machine's PostgreSQL,
# then the count of 201 answers compared with the rows stored. Needs wrk (apt-get install wrk)
# and a PostgreSQL reachable with psql (default: 127.0.0.1:5432, user postgres, trust auth).
#
#   benchmarks/intake/run.sh            # 60 s, 2 threads, 32 connections
#   DURATION=20 CONNECTIONS=16 benchmarks/intake/run.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DURATION="${DURATION:-60}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-8181}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
DB="${DB:-gongkai_bench}"
export PGHOST PGPORT PGUSER

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v psql > /dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

work="$(mktemp -d)"
log="$work/server.log"
cleanup() {
    if [[ -n "${server:-}" ]]; then
        kill "$server" 2> /dev/null || true
        wait "$server" 2> /dev/null || true
    fi
}
trap cleanup EXIT

# The run command, on a fresh database, in demo mode (the demo organ), with the filing limit
# raised: the default of 20 per hour per address would answer 429 after the 20th POST.
(cd "$root" && GONGKAI_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" GONGKAI_DB_USER="$PGUSER" \
    GONGKAI_DB_PASSWORD=unused GONGKAI_DEMO=true \
    exec mvn -o -q -Prun -Dgongkai.http.port="$PORT" -Dgongkai.requests.rate-limit=1000000000) > "$log" 2>&1 &
server=$!

echo "Waiting for the portal on port $PORT ..."
for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$PORT/api/v1/organs" 2> /dev/null | grep -q 000014349; then
        break
    fi
    sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/api/v1/organs" > /dev/null || { echo "portal did not start; see $log" >&2; exit 1; }

# Warm-up (not counted): JIT, connection pool, EclipseLink.
wrk -t"$THREADS" -c"$CONNECTIONS" -d15s -s "$here/post.lua" "http://127.0.0.1:$PORT/api/v1/requests" > /dev/null
before=$(psql -tA -d "$DB" -c "select count(*) from disclosure_request")

COUNTS="$work/counts.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$here/post.lua" \
    "http://127.0.0.1:$PORT/api/v1/requests" | tee "$work/wrk.txt"

after=$(psql -tA -d "$DB" -c "select count(*) from disclosure_request")
audit=$(psql -tA -d "$DB" -c "select count(*) from audit_event where event_type = 'REQUEST_FILED'")
created=$(sed -n 's/^created=//p' "$work/counts.txt")
other=$(sed -n 's/^other=//p' "$work/counts.txt")
stored=$((after - before))
rate=$(awk -v n="$created" -v d="$DURATION" 'BEGIN { printf "%.1f", n / d }')

echo
echo "201 answers: $created   other answers: $other   rows stored: $stored   rate: $rate 201/s"
echo "REQUEST_FILED audit events in all (warm-up included): $audit; rows in all: $after"
if [[ "$created" != "$stored" ]]; then
    echo "MISMATCH: $created answers 201 but $stored rows stored" >&2
    exit 1
fi
echo "OK: every 201 is a stored row"
