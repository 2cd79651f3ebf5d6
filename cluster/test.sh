#!/usr/bin/env bash
# The cluster tests (issue 15): builds the WAR if needed, starts a fresh local cluster (embedded
# PostgreSQL, two Payara Micro nodes, HAProxy) in a temporary work directory, runs
# cluster/ClusterTest.java against it and stops it. Exit status 0 when every check passed.
#
#   cluster/test.sh                      # about 5 minutes on 2 cores
#   CLUSTER_TEST_PORT=8190 cluster/test.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# the tests' own database and settings, whatever the caller's environment says
unset GONGKAI_DB_URL GONGKAI_DB_USER GONGKAI_DB_PASSWORD GONGKAI_ADMIN_PASSWORD GONGKAI_DEMO
export GONGKAI_CLUSTER_DIR="${GONGKAI_CLUSTER_TEST_DIR:-$(mktemp -d /tmp/gongkai-cluster-test.XXXXXX)}"
# start-up counts more than peak throughput here
export GONGKAI_CLUSTER_JVM_OPTS="${GONGKAI_CLUSTER_JVM_OPTS:--Xmx512m -XX:TieredStopAtLevel=1}"
port="${CLUSTER_TEST_PORT:-8190}"

started=$(date +%s)
trap 'cluster/run.sh stop || true; echo "[cluster test] work directory: $GONGKAI_CLUSTER_DIR"' EXIT
cluster/run.sh start --nodes 2 --port "$port"
echo "[cluster test] cluster up in $(( $(date +%s) - started )) s"
status=0
java -cp "$(cat target/cluster-classpath.txt)" cluster/ClusterTest.java "$GONGKAI_CLUSTER_DIR" "$port" \
    "$root/cluster/run.sh" || status=$?
echo "[cluster test] $(( $(date +%s) - started )) s in all"
exit "$status"
