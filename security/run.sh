#!/bin/bash
# The outside-tool security checks of issue 11 item 6, in one command:
#   security/run.sh [base-url]
# Without a base URL it builds the WAR when needed and starts a demo portal of its own (port
# $SECURITY_PORT, default 8181, data in a fresh directory under /tmp), and stops it at the end.
# Runs under /tmp/gongkai-heavy.lock (the build machine is shared). Results: security/out/<time>/
# and security/RESULTS.md (rewritten). Exit status 0 when every check holds.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "${GONGKAI_SECURITY_LOCKED:-}" ]; then
  export GONGKAI_SECURITY_LOCKED=1
  exec flock /tmp/gongkai-heavy.lock "$0" "$@"
fi
cd "$HERE"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${SECURITY_OUT:-$HERE/out/$STAMP}
mkdir -p "$OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u +%s)
[ -d browser/node_modules/playwright-core ] || (cd browser && npm install --no-audit --no-fund --silent)
command -v sqlmap >/dev/null || { echo "sqlmap missing: apt-get install -y sqlmap"; exit 2; }

BASE=${1:-}
DATA=
if [ -z "$BASE" ]; then
  PORT=${SECURITY_PORT:-8181}
  DATA=$(mktemp -d /tmp/gongkai-security-XXXXXX)
  trap '"$HERE/portal.sh" stop "$DATA"; rm -rf "$DATA"' EXIT
  "$HERE/portal.sh" start "$PORT" "$DATA" || { tail -40 "$DATA/portal.log"; exit 2; }
  BASE=http://localhost:$PORT
fi
BASE=${BASE%/}
echo "security checks against $BASE, results in $OUT"

status=0
step() { local name=$1; shift; echo; echo "== $name"; local t=$(date +%s); "$@" 2>&1 | tee "$OUT/$name.txt"; local rc=${PIPESTATUS[0]};
         echo "$rc $(( $(date +%s) - t ))" > "$OUT/$name.rc"; [ "$rc" = 0 ] || status=1; }
step endpoints node check-endpoints.mjs
node fixtures.mjs "$BASE" "$OUT" > "$OUT/fixtures.txt" 2>&1 || { cat "$OUT/fixtures.txt"; exit 2; }
step headers node headers.mjs "$BASE" "$OUT"
step authz node authz.mjs "$BASE" "$OUT"
step xss node xss.mjs "$BASE" "$OUT"
step sqli node sqli.mjs "$BASE" "$OUT"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
node report.mjs "$OUT" "$BASE" "$LOAD_BEFORE" "$LOAD_AFTER" "$(( $(date -u +%s) - STARTED ))" "${DATA:+own portal}"
echo; echo "results: $OUT, security/RESULTS.md"
exit $status
