#!/usr/bin/env bash
# Intake benchmark: sustained POSTs of new requests to /api/v1/requests for DURATION seconds
# against the portal started with the run command (mvn -Prun) on this machine's PostgreSQL,
# then the count of 201 answers compared with the rows stored. The load client
# (IntakeLoad.java, run by the JDK's source launcher) waits for the answer to every request it
# sent, so the two counts must be equal. Needs psql and a PostgreSQL that trusts local
# connections (default 127.0.0.1:5432, user postgres).
#
#   benchmarks/intake/run.sh                       # 60 s warm-up, 60 s measured, 32 connections
#   DURATION=20 WARMUP=30 CONNECTIONS=16 benchmarks/intake/run.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-60}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-8181}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
DB="${DB:-gongkai_bench}"
export PGHOST PGPORT PGUSER

command -v psql > /dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }
[[ -f "$root/target/gongkai.war" ]] || (cd "$root" && mvn -o -q -DskipTests package)

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

work="$(mktemp -d)"
log="$work/server.log"
cleanup() {
    if [[ -n "${server:-}" ]]; then
        pkill -TERM -P "$server" 2> /dev/null || true
        kill "$server" 2> /dev/null || true
        wait "$server" 2> /dev/null || true
    fi
}
trap cleanup EXIT

# The run command, on a fresh database, in demo mode (the demo organ), with the filing limit
# raised: the default of 20 per hour per address would answer 429 after the 20th POST.
(cd "$root" && GONGKAI_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" GONGKAI_DB_USER="$PGUSER" \
    GONGKAI_DB_PASSWORD=unused GONGKAI_DEMO=true \
    mvn -o -q -Prun -Dgongkai.http.port="$PORT" -Dgongkai.requests.rate-limit=1000000000) > "$log" 2>&1 &
server=$!

echo "Waiting for the portal on port $PORT ..."
for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$PORT/api/v1/organs" 2> /dev/null | grep -q 000014349; then
        break
    fi
    sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/api/v1/organs" > /dev/null || { echo "portal did not start; see $log" >&2; exit 1; }

url="http://127.0.0.1:$PORT/api/v1/requests"
# Payara's JIT takes a while to settle on 2 cores: warm up (not counted) before measuring.
echo "Warm-up, $WARMUP s (not counted) ..."
java "$here/IntakeLoad.java" "$url" "$WARMUP" "$CONNECTIONS" > /dev/null
before=$(psql -tA -d "$DB" -c "select count(*) from disclosure_request")

echo "Measuring, $DURATION s, $CONNECTIONS connections ..."
java "$here/IntakeLoad.java" "$url" "$DURATION" "$CONNECTIONS" | tee "$work/load.txt"

after=$(psql -tA -d "$DB" -c "select count(*) from disclosure_request")
audit=$(psql -tA -d "$DB" -c "select count(*) from audit_event where event_type = 'REQUEST_FILED'")
created=$(sed -n 's/^created=//p' "$work/load.txt")
stored=$((after - before))

echo
echo "201 answers: $created   rows stored: $stored   (in all: $after requests, $audit REQUEST_FILED events)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [[ "$created" != "$stored" || "$after" != "$audit" ]]; then
    echo "MISMATCH" >&2
    exit 1
fi
echo "OK: every 201 is a stored row, each with its history event"
