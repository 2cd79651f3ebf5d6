#!/bin/bash
# Starts or stops a demo portal for the security checks: security/portal.sh start PORT DATADIR | stop DATADIR
# The portal does not inherit a caller's lock descriptor (flock): the lock is the caller's to release.
# Builds the WAR when missing or older than the sources. Rate limits are raised so that the tools
# measure injection and escaping, not the limits (which SecurityIT covers).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
case "${1:-}" in
start)
  PORT=$2 DATA=$3
  mkdir -p "$DATA"
  cd "$ROOT"
  if [ ! -f target/gongkai.war ] || [ -n "$(find src/main webapp-themes pom.xml -newer target/gongkai.war -print -quit)" ]; then
    echo "building the WAR"; mvn -o -q package -DskipTests
  fi
  GONGKAI_DATA_DIR="$DATA" setsid mvn -o -q -Prun -DskipTests -Dgongkai.http.port="$PORT" \
      -Dgongkai.search.rate-limit=1000000 -Dgongkai.requests.rate-limit=1000000 -Dgongkai.requests.lookup-limit=1000000 \
      -Dgongkai.signin.address-max-failures=1000000 \
      > "$DATA/portal.log" 2>&1 < /dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
  echo $! > "$DATA/portal.pid"
  for i in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://localhost:$PORT/health/ready" 2>/dev/null; then echo "portal ready on $PORT after ${i}s"; exit 0; fi
    if ! kill -0 "$(cat "$DATA/portal.pid")" 2>/dev/null; then echo "portal exited; see $DATA/portal.log"; exit 1; fi
    sleep 1
  done
  echo "portal not ready after 300 s"; exit 1 ;;
stop)
  DATA=$2
  if [ -f "$DATA/portal.pid" ]; then
    kill -- -"$(cat "$DATA/portal.pid")" 2>/dev/null || true
    for i in $(seq 1 30); do kill -0 "$(cat "$DATA/portal.pid")" 2>/dev/null || break; sleep 1; done
    rm -f "$DATA/portal.pid"
  fi ;;
*) echo "usage: $0 start PORT DATADIR | stop DATADIR"; exit 2 ;;
esac
