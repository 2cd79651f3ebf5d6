#!/usr/bin/env bash
# Annual report benchmark: the report of 2025 over 100,000 requests of that year (and 5,000
# carried over from 2024), all organs summed (organ=ALL), and the statistics dashboard over the
# same data, each asked RUNS times; the time is the server's (curl on the same machine, from the
# request sent to the last byte). The portal (target/gongkai.war on target/payara-micro.jar, as
# mvn -Prun starts it) runs on a fresh database of this machine's PostgreSQL, in demo mode with
# the clock fixed in 2026, and the data is seeded by seed.sql. Needs psql and a PostgreSQL that trusts local connections. Run it under
# the shared heavy lock so that nothing else builds meanwhile:
#
#   flock /tmp/gongkai-heavy.lock benchmarks/report/run.sh
#   RUNS=21 benchmarks/report/run.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
RUNS="${RUNS:-11}"
PORT="${PORT:-8183}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
DB="${DB:-gongkai_report_bench}"
export PGHOST PGPORT PGUSER

command -v psql > /dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }
[[ -f "$root/target/gongkai.war" && -f "$root/target/payara-micro.jar" ]] || (cd "$root" && mvn -o -q -DskipTests package)

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

# Payara Micro started as the run command's launcher starts it (GongkaiLauncher), on a fresh
# database, in demo mode (keys made in the work directory), the clock fixed on 13 February 2026.
cat > "$work/server.properties" <<PROPS
gongkai.db.url=jdbc:postgresql://$PGHOST:$PGPORT/$DB
gongkai.db.user=$PGUSER
gongkai.db.password=unused
gongkai.demo=true
gongkai.clock.fixed=2026-02-13T02:00:00Z
gongkai.data.dir=$work/data
gongkai.index.dir=$work/index
PROPS
java -Xmx512m -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 -jar "$root/target/payara-micro.jar" --nocluster \
    --port "$PORT" --contextroot / --systemproperties "$work/server.properties" --deploy "$root/target/gongkai.war" \
    > "$log" 2>&1 &
server=$!

echo "Waiting for the portal on port $PORT ..."
for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$PORT/api/v1/organs" 2> /dev/null | grep -q 000014349; then
        break
    fi
    sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/api/v1/organs" > /dev/null || { echo "portal did not start; see $log" >&2; exit 1; }

echo "Seeding ..."
psql -q -d "$DB" -f "$here/seed.sql"
echo "requests in the database: $(psql -tA -d "$DB" -c "select count(*) from disclosure_request")"

measure() { # name url -> prints the median, min and max in seconds of RUNS calls after 3 warm-up calls
    local name="$1" url="$2" times=()
    for _ in 1 2 3; do curl -fsS -u admin:gongkai-demo -o /dev/null "$url"; done
    for _ in $(seq 1 "$RUNS"); do
        times+=("$(curl -fsS -u admin:gongkai-demo -o /dev/null -w '%{time_total}' "$url")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{ t[NR] = $1 } END {
        printf "%-34s median %.3f s   min %.3f s   max %.3f s   (%d runs)\n", name, t[int((NR + 1) / 2)], t[1], t[NR], NR }'
}

base="http://127.0.0.1:$PORT/api/v1/staff"
curl -fsS -u admin:gongkai-demo "$base/reports/annual/2025?organ=ALL" > "$work/report.json"
python3 - "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
t = next(s for s in r["sections"] if s["number"] == "三")["table"]
rows = {row["label"]: row["cells"]["总计"] for row in t["rows"]}
print("table 三, 总计: 新收 %d, 上年结转 %d, 办结 %d, 结转下年 %d; reconciled: %s" % (
    rows["一、本年新收政府信息公开申请数量"], rows["二、上年结转政府信息公开申请数量"],
    rows["（七）总计"], rows["四、结转下年度继续办理"], r["reconciled"]))
PY
measure "report 2025, all organs (JSON)" "$base/reports/annual/2025?organ=ALL"
measure "report 2025, one organ (JSON)" "$base/reports/annual/2025?organ=BENCH000001"
measure "report 2025, all organs (PDF)" "$base/reports/annual/2025.pdf?organ=ALL"
measure "dashboard 2025, all organs (JSON)" "$base/statistics/2025?organ=ALL"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
