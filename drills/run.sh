#!/usr/bin/env bash
# Fault drills (issue 18): the portal started by the one-command run (mvn -Prun, embedded
# PostgreSQL) under a filing load (FilingLoad.java, 16 clients), and
#   server-kill     kill -9 of the server JVM: every 201 answered is a stored request (0 lost);
#   database-kill   kill -9 of PostgreSQL: 503s within 2 s while it is away, the launcher restarts it,
#                   the portal serves again within 10 s of its return, 0 acknowledged lost;
#   backup-restore  ops/backup.sh under load, ops/restore.sh into a new database of the machine's
#                   PostgreSQL: every table's count equal, the audit chain verifying, search answering;
#   two-portals     two portals on two databases, default settings (data directory ~/.gongkai),
#                   started side by side: both ready, each with its own search index.
#
#   drills/run.sh                      # all four, in this order
#   drills/run.sh database-kill        # some of them
#
# Needs: JDK 17, Maven, curl, the PostgreSQL client tools (psql, pg_dump, pg_restore, pg_isready)
# and, for backup-restore and two-portals, a PostgreSQL on PGHOST:PGPORT (default 127.0.0.1:5432)
# that trusts user postgres; it creates and drops databases named gongkai_drill_*.
# Exit status 0 only when every drill passed. Results: drills/RESULTS.md (recorded by hand).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
PORT="${PORT:-8393}"
WORKERS="${WORKERS:-16}"
MVN="${MVN:-mvn -B -q}"
LOCAL_PGHOST="${PGHOST:-127.0.0.1}"
LOCAL_PGPORT="${PGPORT:-5432}"
unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD GONGKAI_DB_URL GONGKAI_DB_USER GONGKAI_DB_PASSWORD
drills=("$@"); [[ ${#drills[@]} -gt 0 ]] || drills=(server-kill database-kill backup-restore two-portals)

for tool in curl psql pg_dump pg_restore pg_isready java; do
    command -v "$tool" > /dev/null || { echo "$tool is missing" >&2; exit 2; }
done
[[ -f "$root/target/gongkai.war" ]] || (cd "$root" && $MVN -DskipTests package)

work="$(mktemp -d /tmp/gongkai-drill.XXXXXX)"
javac -d "$work/load" "$here/FilingLoad.java"   # fail now, not in the middle of a drill
data="$work/data"
export GONGKAI_CONFIG_DIR="$work/config"   # no local configuration: the drills' settings only
mkdir -p "$GONGKAI_CONFIG_DIR"
declare -A portals=()
failed=0

say() { echo "[$(date +%T)] $*"; }
result() { echo "RESULT $*"; }
fail() { echo "FAILED $*"; failed=1; }
local_psql() { psql -X -q -h "$LOCAL_PGHOST" -p "$LOCAL_PGPORT" -U postgres "$@"; }

# launch_portal NAME PORT [VAR=value ...]: the one-command run in the background (the Maven JVM's
# pid in portals[NAME]); await_portal NAME PORT: until it serves.
launch_portal() {
    local name="$1" port="$2"; shift 2
    env "$@" $MVN -f "$root/pom.xml" -Prun -Dgongkai.http.port="$port" -Dgongkai.requests.rate-limit=1000000000 \
        ${DATA_DIR:+-Dgongkai.data.dir="$DATA_DIR"} >> "$work/$name.log" 2>&1 &
    portals[$name]=$!
}

await_portal() {
    local name="$1" port="$2" started=$SECONDS
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/organs" 2> /dev/null; do
        if ! kill -0 "${portals[$name]}" 2> /dev/null; then
            echo "portal $name exited; see $work/$name.log" >&2; tail -20 "$work/$name.log" >&2; return 1
        fi
        (( SECONDS - started < 400 )) || { echo "portal $name did not start" >&2; return 1; }
        sleep 1
    done
    say "portal $name serves on port $port ($((SECONDS - started)) s)"
}

start_portal() {
    launch_portal "$@"
    await_portal "$1" "$2"
}

# The Payara Micro JVM that the launcher of portal NAME started (a descendant of its Maven JVM).
server_of() {
    local pid candidates=("${portals[$1]}")
    while [[ ${#candidates[@]} -gt 0 ]]; do
        pid="${candidates[0]}"; candidates=("${candidates[@]:1}")
        if tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q 'payara-micro.jar'; then
            echo "$pid"; return
        fi
        mapfile -t -O "${#candidates[@]}" candidates < <(ps -o pid= --ppid "$pid" | tr -d ' ')
    done
}

stop_portal() {
    local name="$1"
    if [[ -n "${portals[$name]:-}" ]]; then
        kill -TERM "${portals[$name]}" 2> /dev/null || true
        wait "${portals[$name]}" 2> /dev/null || true
        unset "portals[$name]"
    fi
}

cleanup() {
    for name in "${!portals[@]}"; do stop_portal "$name"; done
    for db in gongkai_drill_restore gongkai_drill_a gongkai_drill_b; do
        local_psql -d postgres -c "drop database if exists $db" 2> /dev/null || true
    done
    rm -rf "$HOME/.gongkai/index/gongkai_drill_a-"* "$HOME/.gongkai/index/gongkai_drill_b-"*
    echo "Work files (logs, backups): $work"
}
trap cleanup EXIT

embedded_port() { sed -n 4p "$data/pgdata/postmaster.pid"; }
embedded_psql() { psql -X -q -tA -h 127.0.0.1 -p "$(embedded_port)" -U postgres -d postgres "$@"; }

ensure_portal() {
    [[ -n "${portals[main]:-}" ]] || DATA_DIR="$data" start_portal main "$PORT"
}

# load SECONDS NAME: the filing load in the background (its pid in $load)
load() {
    rm -f "$work/$2.stop"
    java -cp "$work/load" FilingLoad "http://127.0.0.1:$PORT" "$1" "$WORKERS" "$work/$2.ack" "$work/$2.timeline" \
        "$work/$2.stop" > "$work/$2.load" 2>&1 &
    load=$!
}

# missing ACKFILE: how many acknowledged tracking codes are not stored
missing() {
    embedded_psql -c "create temp table ack(code text)" -c "\\copy ack from '$1'" \
        -c "select count(*) from ack left join disclosure_request d on d.tracking_code = ack.code where d.id is null" | tail -1
}

drill_server_kill() {
    say "DRILL server-kill: kill -9 of the server JVM under a filing load"
    ensure_portal
    local before; before="$(embedded_psql -c 'select count(*) from disclosure_request')"
    load 60 server-kill
    sleep 20
    local server; server="$(server_of main)"
    say "kill -9 $server (Payara Micro)"
    kill -9 "$server"
    local code=0; wait "${portals[main]}" || code=$?
    unset "portals[main]"
    say "the launcher exited with $code"
    touch "$work/server-kill.stop"; wait "$load" || true
    cat "$work/server-kill.load"
    DATA_DIR="$data" start_portal main "$PORT"
    local after acknowledged lost
    after="$(embedded_psql -c 'select count(*) from disclosure_request')"
    acknowledged="$(wc -l < "$work/server-kill.ack")"
    lost="$(missing "$work/server-kill.ack")"
    result "server-kill: 201 answers $acknowledged, requests stored $((after - before)), acknowledged but not stored $lost, launcher exit $code"
    [[ "$lost" == 0 && "$acknowledged" -gt 0 && "$code" != 0 ]] || fail "server-kill"
}

drill_database_kill() {
    say "DRILL database-kill: kill -9 of PostgreSQL under a filing load"
    ensure_portal
    load 45 database-kill
    sleep 15
    local pgport postmaster; pgport="$(embedded_port)"; postmaster="$(head -1 "$data/pgdata/postmaster.pid")"
    say "kill -9 $postmaster (PostgreSQL)"
    kill -9 "$postmaster"
    local killed; killed="$(date +%s.%N)"
    sleep 0.2
    # While it is away: a page and an API call (the launcher restarts it within a few seconds).
    local page api
    page="$(curl -s -o /dev/null -w '%{http_code} %{time_total}s Retry-After:' -D "$work/page.headers" "http://127.0.0.1:$PORT/guide/000014349")$(grep -i '^retry-after' "$work/page.headers" | cut -d' ' -f2 | tr -d '\r')"
    api="$(curl -s -w ' %{http_code} %{time_total}s' "http://127.0.0.1:$PORT/api/v1/organs")"
    say "while away: page $page; API $api"
    until pg_isready -q -h 127.0.0.1 -p "$pgport"; do sleep 0.1; done
    local back; back="$(date +%s.%N)"
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/api/v1/organs")" == 200 ]]; do
        sleep 0.1
        (( $(echo "$(date +%s.%N) - $back > 60" | bc) )) && break
    done
    local serving; serving="$(date +%s.%N)"
    wait "$load" || true
    cat "$work/database-kill.load"
    local acknowledged lost away recovered
    acknowledged="$(wc -l < "$work/database-kill.ack")"
    lost="$(missing "$work/database-kill.ack")"
    away="$(echo "$back - $killed" | bc)"; recovered="$(echo "$serving - $back" | bc)"
    result "database-kill: database away ${away} s (restarted by the launcher), serving again ${recovered} s after its return; $(grep '^answers=' "$work/database-kill.load"); slowest 503 $(sed -n 's/^slowest503ms=//p' "$work/database-kill.load") ms; 201 answers $acknowledged, acknowledged but not stored $lost"
    grep -q "starting it again" "$work/main.log" || fail "database-kill: the launcher did not log the restart"
    [[ "$lost" == 0 && "$page" == 503* && "$api" == *" 503 "* && "$api" == *数据库* ]] || fail "database-kill: 503 while away / lost"
    (( $(echo "$recovered < 10" | bc) )) || fail "database-kill: recovery took ${recovered} s"
}

drill_backup_restore() {
    say "DRILL backup-restore: a backup under load, restored elsewhere"
    ensure_portal
    load 40 backup-restore
    sleep 10
    local backup; backup="$(GONGKAI_DATA_DIR="$data" "$root/ops/backup.sh" --out "$work/backups" | tail -1)"
    say "backup taken under load: $backup ($(du -sh "$backup" | cut -f1))"
    wait "$load" || true
    cat "$work/backup-restore.load"
    local_psql -d postgres -c "drop database if exists gongkai_drill_restore"
    PGHOST="$LOCAL_PGHOST" PGPORT="$LOCAL_PGPORT" "$root/ops/restore.sh" "$backup" \
        --db-url "jdbc:postgresql://$LOCAL_PGHOST:$LOCAL_PGPORT/gongkai_drill_restore" | tee "$work/restore.out"
    grep -q "Every table's row count equals" "$work/restore.out" || fail "backup-restore: counts"
    local rport=$((PORT + 1))
    DATA_DIR="$work/data-restored" start_portal restored "$rport" \
        GONGKAI_DB_URL="jdbc:postgresql://$LOCAL_PGHOST:$LOCAL_PGPORT/gongkai_drill_restore" \
        GONGKAI_DB_USER=postgres GONGKAI_DB_PASSWORD=unused GONGKAI_DEMO=true
    local verify search
    verify="$(curl -s -u admin:gongkai-demo "http://127.0.0.1:$rport/api/v1/staff/audit/verify")"
    for _ in $(seq 1 60); do
        search="$(curl -s "http://127.0.0.1:$rport/api/v1/catalogue?q=%E5%85%AC%E5%BC%80%E6%8C%87%E5%8D%97")"
        [[ "$search" == *'"total":0,'* || -z "$search" ]] || break
        sleep 1
    done
    local requests; requests="$(sed -n 's/^disclosure_request //p' "$backup/COUNTS")"
    result "backup-restore: $(grep "Every table" "$work/restore.out"); disclosure_request $requests in the backup and restored; audit verify $verify; search 公开指南 total $(echo "$search" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')"
    [[ "$verify" == *'"intact":true'* ]] || fail "backup-restore: audit chain"
    [[ "$search" == *'"total":'[1-9]* ]] || fail "backup-restore: search"
    stop_portal restored
}

drill_two_portals() {
    say "DRILL two-portals: two databases, default settings, side by side"
    stop_portal main
    for db in gongkai_drill_a gongkai_drill_b; do
        local_psql -d postgres -c "drop database if exists $db" -c "create database $db"
    done
    # Default settings: no gongkai.data.dir, no gongkai.index.dir; only the database, the port and the
    # administrator's password (required outside demo mode) differ.
    local a=$((PORT + 2)) b=$((PORT + 3))
    DATA_DIR="" launch_portal a "$a" GONGKAI_DB_URL="jdbc:postgresql://$LOCAL_PGHOST:$LOCAL_PGPORT/gongkai_drill_a" \
        GONGKAI_DB_USER=postgres GONGKAI_DB_PASSWORD=unused GONGKAI_ADMIN_PASSWORD="drill portal A 2026"
    DATA_DIR="" launch_portal b "$b" GONGKAI_DB_URL="jdbc:postgresql://$LOCAL_PGHOST:$LOCAL_PGPORT/gongkai_drill_b" \
        GONGKAI_DB_USER=postgres GONGKAI_DB_PASSWORD=unused GONGKAI_ADMIN_PASSWORD="drill portal B 2026"
    local ok=1
    await_portal a "$a" || ok=0
    await_portal b "$b" || ok=0
    local index_a index_b
    index_a="$(grep -o 'Search index in [^ ]*' "$work/a.log" | head -1)"
    index_b="$(grep -o 'Search index in [^ ]*' "$work/b.log" | head -1)"
    local ready_a ready_b
    ready_a="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$a/health/ready")"
    ready_b="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$b/health/ready")"
    result "two-portals: A /health/ready $ready_a, ${index_a}; B /health/ready $ready_b, ${index_b}"
    [[ "$ok" == 1 && "$ready_a" == 200 && "$ready_b" == 200 && -n "$index_a" && "$index_a" != "$index_b" ]] || fail "two-portals"
    stop_portal a
    stop_portal b
}

say "Drills on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); work files in $work"
for drill in "${drills[@]}"; do
    "drill_${drill//-/_}"
done
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "$failed" == 0 ]]; then say "ALL DRILLS PASSED"; else say "SOME DRILLS FAILED"; exit 1; fi
