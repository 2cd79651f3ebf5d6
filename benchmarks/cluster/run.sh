#!/usr/bin/env bash
# One node against two on the same requests (issue 15): the local cluster of cluster/run.sh with
# --nodes 1, then --nodes 2, each behind the same HAProxy on the same embedded PostgreSQL set-up,
# C2 compiler on (-Xmx512m), rate limits raised (the load comes from one address). For each
# kind of request: a warm-up, then RUNS measurements of DURATION seconds with wrk; the median
# requests/s per kind and node count, and the ratio two/one, are printed as a Markdown table.
# Run it alone on the machine:
#
#   flock /tmp/gongkai-heavy.lock benchmarks/cluster/run.sh
#   RUNS=5 DURATION=20 CONNECTIONS=32 flock /tmp/gongkai-heavy.lock benchmarks/cluster/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-8290}"
command -v wrk >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq wrk >/dev/null; }

work="$(mktemp -d /tmp/gongkai-cluster-bench.XXXXXX)"
unset GONGKAI_DB_URL GONGKAI_DB_USER GONGKAI_DB_PASSWORD GONGKAI_ADMIN_PASSWORD
export GONGKAI_SEARCH_RATE_LIMIT=1000000000 GONGKAI_REQUESTS_RATE_LIMIT=1000000000
export GONGKAI_CLUSTER_JVM_OPTS="-Xmx512m"
base="http://127.0.0.1:$PORT"
declare -A paths=(
    [trivial]="/api/v1/organs"
    [search]="/api/v1/catalogue?q=%E6%95%99%E8%82%B2"
    [page]="/catalogue"
    [filing]="/api/v1/requests"
)
kinds=(trivial search page filing)
declare -A result

measure() { # kind seconds -> requests/s
    local kind="$1" seconds="$2" script=()
    [ "$kind" = filing ] && script=(-s "$here/filing.lua")
    wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" "${script[@]}" "$base${paths[$kind]}" \
        | awk '/Requests\/sec/ { print $2 }'
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for nodes in 1 2; do
    export GONGKAI_CLUSTER_DIR="$work/nodes-$nodes"
    "$root/cluster/run.sh" start --nodes "$nodes" --port "$PORT"
    for kind in "${kinds[@]}"; do
        measure "$kind" "$WARMUP" > /dev/null
    done
    for kind in "${kinds[@]}"; do
        values=()
        for run in $(seq 1 "$RUNS"); do
            load="$(cut -d' ' -f1 /proc/loadavg)"
            value="$(measure "$kind" "$DURATION")"
            echo "nodes=$nodes kind=$kind run=$run requests/s=$value (load average before: $load)"
            values+=("$value")
        done
        result[$nodes,$kind]="$(median "${values[@]}")"
    done
    "$root/cluster/run.sh" stop
done

echo
echo "## $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo
echo "wrk -t2 -c$CONNECTIONS, $RUNS runs of ${DURATION} s after a ${WARMUP} s warm-up, median requests/s through HAProxy"
echo
echo "| request | 1 node | 2 nodes | 2 / 1 |"
echo "|---|---|---|---|"
for kind in "${kinds[@]}"; do
    one="${result[1,$kind]}"; two="${result[2,$kind]}"
    echo "| $kind \`${paths[$kind]}\` | $one | $two | $(awk -v a="$one" -v b="$two" 'BEGIN { printf "%.2f", b / a }') |"
done
echo
echo "work directory (logs): $work"
