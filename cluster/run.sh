#!/usr/bin/env bash
# A local cluster of the portal with one command: one PostgreSQL, two or three Payara Micro nodes
# that find each other (Hazelcast, TCP/IP discovery on 127.0.0.1) and HAProxy in front.
#
#   cluster/run.sh [start] [--nodes 1|2|3] [--db embedded|local] [--port 8090] [--foreground]
#   cluster/run.sh stop | status
#   cluster/run.sh stop-node a | kill-node a | start-node a      (what the cluster tests do)
#
# --db embedded (default): the embedded PostgreSQL of the one-command run, its data in the work
#   directory; --db local: the machine's PostgreSQL, GONGKAI_DB_URL/_USER/_PASSWORD or else the
#   database gongkai_cluster on 127.0.0.1:5432 as the user postgres (created when missing).
# The portal answers on http://127.0.0.1:PORT/ (the load balancer); node a on PORT+1, b on PORT+2,
# c on PORT+3. Demo mode (demo users, password gongkai-demo) unless GONGKAI_ADMIN_PASSWORD is set.
# Every GONGKAI_* variable reaches every node as its gongkai.* setting (as with mvn -Prun).
# Work directory: GONGKAI_CLUSTER_DIR (default ~/.gongkai/cluster): logs, the database, each node's
# search index, the shared personal-data keys (made once), the HAProxy configuration.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${GONGKAI_CLUSTER_DIR:-$HOME/.gongkai/cluster}"
MVN="${MVN:-mvn -B -q}"
JVM_OPTS="${GONGKAI_CLUSTER_JVM_OPTS:--Xmx512m}"
HZ_BASE=6900

command="start"
case "${1:-}" in
    start|stop|status|stop-node|kill-node|start-node) command="$1"; shift ;;
esac
nodes=2
db=embedded
port=8090
foreground=0
node_arg=""
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) nodes="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --foreground) foreground=1; shift ;;
        a|b|c) node_arg="$1"; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

log() { echo "[cluster $(date -u +%H:%M:%S)] $*"; }
die() { echo "[cluster] $*" >&2; exit 1; }

# The settings of the running cluster, when there is one.
if [ -f "$work/cluster.env" ] && [ "$command" != "start" ]; then
    # shellcheck disable=SC1091
    . "$work/cluster.env"
fi

node_names() { echo a b c | cut -d' ' -f1-"$nodes"; }
node_index() { case "$1" in a) echo 1 ;; b) echo 2 ;; c) echo 3 ;; esac; }
node_port() { echo $((port + $(node_index "$1"))); }
pid_of() { [ -f "$work/$1.pid" ] && cat "$work/$1.pid" || true; }
alive() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

install_haproxy() {
    command -v haproxy >/dev/null 2>&1 && return
    log "Installing HAProxy (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq haproxy >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq haproxy >/dev/null; }
    # the Debian package starts its own service with its own configuration: not ours
    command -v systemctl >/dev/null 2>&1 && systemctl disable --now haproxy >/dev/null 2>&1 || true
}

build() {
    if [ ! -f "$root/target/gongkai.war" ] || [ ! -f "$root/target/payara-micro.jar" ] \
        || [ "${GONGKAI_CLUSTER_BUILD:-0}" = 1 ]; then
        log "Building the WAR (mvn package)"
        (cd "$root" && $MVN -o package -DskipTests 2>/dev/null || $MVN package -DskipTests)
    fi
    if [ ! -f "$root/target/cluster-classpath.txt" ] || [ "$root/pom.xml" -nt "$root/target/cluster-classpath.txt" ]; then
        (cd "$root" && { $MVN -o dependency:build-classpath -Dmdep.outputFile=target/cluster-classpath.txt \
            -Dmdep.includeScope=runtime >/dev/null 2>&1 || $MVN dependency:build-classpath \
            -Dmdep.outputFile=target/cluster-classpath.txt -Dmdep.includeScope=runtime >/dev/null; })
    fi
    # the nodes run from a copy: a rebuild meanwhile does not change what runs
    rm -rf "$work/app" && mkdir -p "$work/app/classes/org/gongkai"
    cp "$root/target/gongkai.war" "$root/target/payara-micro.jar" "$work/app/"
    cp -r "$root/target/classes/org/gongkai/launcher" "$root/target/classes/org/gongkai/account" "$work/app/classes/org/gongkai/"
    cp "$root/target/cluster-classpath.txt" "$work/app/"
}

start_database() {
    if [ "$db" = local ]; then
        local url="${GONGKAI_DB_URL:-jdbc:postgresql://127.0.0.1:5432/gongkai_cluster}"
        if [ -z "${GONGKAI_DB_URL:-}" ]; then
            psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'gongkai_cluster'" \
                | grep -q 1 || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database gongkai_cluster" \
                || die "cannot create the database gongkai_cluster on 127.0.0.1:5432 as postgres"
        fi
        echo "$url" > "$work/db.url"
        return
    fi
    log "Starting the embedded PostgreSQL in $work/pgdata"
    rm -f "$work/db.url"
    nohup java -Xmx128m -cp "$work/app/classes:$(cat "$work/app/cluster-classpath.txt")" \
        org.gongkai.launcher.ClusterDatabase "$work/pgdata" "$work/db.url" > "$work/database.log" 2>&1 &
    echo $! > "$work/database.pid"
    for _ in $(seq 1 120); do
        [ -s "$work/db.url" ] && return
        kill -0 "$(cat "$work/database.pid")" 2>/dev/null || die "the database did not start: $work/database.log"
        sleep 1
    done
    die "the database did not start within 120 s: $work/database.log"
}

node_properties() {
    local name="$1" file="$work/$1.properties"
    umask 077
    {
        echo "gongkai.db.url=$(cat "$work/db.url")"
        if [ "$db" = embedded ]; then
            echo "gongkai.db.user=postgres"
            echo "gongkai.db.password=embedded"
        fi
        [ -z "${GONGKAI_ADMIN_PASSWORD:-}" ] && echo "gongkai.demo=true"
        echo "gongkai.data.dir=$work/$name"
        echo "gongkai.index.dir=$work/$name/index"
        echo "gongkai.requests.client-address-header=X-Forwarded-For"
        cat "$work/keys.properties"
        # every GONGKAI_* variable as the launcher passes it (GONGKAI_DB_URL → gongkai.db.url)
        env | grep '^GONGKAI_' | grep -v '^GONGKAI_CLUSTER_' | while IFS='=' read -r key value; do
            printf '%s=%s\n' "$(echo "$key" | tr 'A-Z_' 'a-z.')" "$value"
        done
    } > "$file"
    [ "$db" = local ] && [ -z "${GONGKAI_DB_USER:-}" ] && printf 'gongkai.db.user=postgres\ngongkai.db.password=unused\n' >> "$file"
    echo "$file"
}

start_node() {
    local name="$1" members="" n
    alive "$name" && { log "node $name runs already"; return; }
    for n in $(node_names); do
        members="${members:+$members,}127.0.0.1:$((HZ_BASE + $(node_index "$n")))"
    done
    mkdir -p "$work/$name"
    # Payara Micro's runtime folder, fresh at each start (it would otherwise keep the last deployment)
    rm -rf "$work/$name/payara"
    local properties; properties="$(node_properties "$name")"
    # shellcheck disable=SC2086
    nohup java $JVM_OPTS -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
        -jar "$work/app/payara-micro.jar" \
        --name "node-$name" --clustername gongkai-local \
        --clustermode "tcpip:$members" --interfaces 127.0.0.1 --startport $((HZ_BASE + $(node_index "$name"))) \
        --nohostaware \
        --port "$(node_port "$name")" --contextroot / --rootdir "$work/$name/payara" \
        --systemproperties "$properties" --deploy "$work/app/gongkai.war" \
        > "$work/$name.log" 2>&1 &
    echo $! > "$work/$name.pid"
    log "node $name starting on http://127.0.0.1:$(node_port "$name")/ (pid $(cat "$work/$name.pid"), log $work/$name.log)"
}

wait_node() {
    local name="$1" url; url="http://127.0.0.1:$(node_port "$1")"
    for _ in $(seq 1 300); do
        alive "$name" || die "node $name exited: $work/$name.log"
        # Payara Micro says "ready" even when the application failed to deploy: ask the application.
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ] \
            && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/organs")" = 200 ]; then
            log "node $name ready"
            return
        fi
        sleep 1
    done
    die "node $name not ready within 300 s: $work/$name.log"
}

start_balancer() {
    install_haproxy
    local servers="" n
    for n in $(node_names); do
        servers="$servers    server $n 127.0.0.1:$(node_port "$n") check cookie $n"$'\n'
    done
    awk -v port="$port" -v servers="$servers" '{ gsub("@PORT@", port); if ($0 == "@SERVERS@") printf "%s", servers; else print }' \
        "$root/cluster/haproxy.cfg" > "$work/haproxy.cfg"
    haproxy -c -q -f "$work/haproxy.cfg" || die "the HAProxy configuration is not valid: $work/haproxy.cfg"
    nohup haproxy -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
    echo $! > "$work/haproxy.pid"
    log "load balancer on http://127.0.0.1:$port/ (HAProxy, $work/haproxy.cfg)"
}

stop_pid() {
    local name="$1" signal="${2:-TERM}" pid
    pid="$(pid_of "$name")"
    [ -n "$pid" ] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -"$signal" "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$work/$name.pid"
}

stop_all() {
    [ -f "$work/haproxy.pid" ] && { kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true; rm -f "$work/haproxy.pid"; }
    for n in a b c; do stop_pid "$n"; done
    stop_pid database
    log "stopped"
}

case "$command" in
    start)
        mkdir -p "$work"
        for n in a b c database; do alive "$n" && die "a cluster runs already in $work (cluster/run.sh stop)"; done
        case "$nodes" in 1|2|3) ;; *) die "--nodes 1, 2 or 3" ;; esac
        printf 'nodes=%s\ndb=%s\nport=%s\n' "$nodes" "$db" "$port" > "$work/cluster.env"
        if [ ! -f "$work/keys.properties" ]; then
            # one SM4 key and one look-up key for all nodes: each node must read what another wrote
            umask 077
            printf 'gongkai.crypto.key=%s\ngongkai.crypto.key-id=cluster1\ngongkai.crypto.lookup-key=%s\n' \
                "$(head -c 16 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64 -w0)" > "$work/keys.properties"
        fi
        build
        start_database
        # all nodes start together (the start-up seeding takes its lock in the database)
        for n in $(node_names); do start_node "$n"; done
        for n in $(node_names); do wait_node "$n"; done
        start_balancer
        for _ in $(seq 1 20); do
            [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && break
            sleep 0.5
        done
        members="$(grep -o 'DG Size: [0-9]*' "$work/a.log" | tail -1 || true)"
        log "cluster ready: http://127.0.0.1:$port/ — data grid: ${members:-see $work/a.log}; stop with cluster/run.sh stop"
        if [ "$foreground" = 1 ]; then
            trap 'stop_all; exit 0' INT TERM
            while true; do sleep 3600; done
        fi
        ;;
    stop) stop_all ;;
    status)
        if [ "$db" = local ]; then
            echo "database: $(cat "$work/db.url" 2>/dev/null) (the machine's PostgreSQL, not started here)"
        else
            alive database && echo "database: running (pid $(pid_of database))" || echo "database: not running"
        fi
        for n in a b c; do
            alive "$n" && echo "$n: running (pid $(pid_of "$n"))" || echo "$n: not running"
        done
        ;;
    stop-node) [ -n "$node_arg" ] || die "which node?"; stop_pid "$node_arg" TERM; log "node $node_arg stopped" ;;
    kill-node) [ -n "$node_arg" ] || die "which node?"; stop_pid "$node_arg" KILL; log "node $node_arg killed (SIGKILL)" ;;
    start-node) [ -n "$node_arg" ] || die "which node?"; start_node "$node_arg"; wait_node "$node_arg" ;;
esac
