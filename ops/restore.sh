#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh (or the embedded mode's daily backup) into a fresh place:
#
#   ops/restore.sh BACKUP --db-url jdbc:postgresql://HOST:PORT/NEWDB [--db-user USER]
#       into a new database of your own PostgreSQL (created here; it must not exist yet; the
#       password, if any, in PGPASSWORD). Then start the portal on it with GONGKAI_DB_URL=…
#   ops/restore.sh BACKUP --data-dir DIR [--port 8080]
#       into a fresh embedded data directory DIR, then starts the portal on it (mvn -Prun).
#
# When the backup has COUNTS, every table's row count is compared with it. The search index is
# rebuilt by the portal at start-up. Secrets are not in the backup: put them back in
# config/gongkai.properties (or GONGKAI_* variables) from your key store.
set -euo pipefail
. "$(dirname "$0")/settings.sh"

usage() { sed -n '2,12p' "$0" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
backup="$(cd "$1" && pwd)"; shift
db_url=""; db_user="postgres"; data_dir=""; port="8080"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --db-url) db_url="$2"; shift 2 ;;
        --db-user) db_user="$2"; shift 2 ;;
        --data-dir) data_dir="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        *) usage ;;
    esac
done
[[ -f "$backup/database.dump" ]] || { echo "Not a Gongkai backup (no database.dump): $backup" >&2; exit 2; }
[[ -n "$db_url" || -n "$data_dir" ]] || usage

if [[ -n "$data_dir" ]]; then
    [[ ! -e "$data_dir/pgdata" ]] || { echo "Not a fresh data directory: $data_dir/pgdata exists" >&2; exit 2; }
    echo "Restoring into the fresh embedded data directory $data_dir, then starting the portal on port $port"
    cd "$gongkai_root"
    exec mvn -B -q -Prun -Dgongkai.data.dir="$data_dir" -Dgongkai.restore.from="$backup" -Dgongkai.http.port="$port"
fi

url="${db_url#jdbc:}"; url="${url#postgresql://}"; url="${url%%\?*}"
export PGDATABASE="${url#*/}"; hostport="${url%%/*}"
export PGHOST="${hostport%%:*}" PGPORT=5432 PGUSER="$db_user"
[[ "$hostport" == *:* ]] && PGPORT="${hostport##*:}"
if [[ "$(psql -X -tA -d postgres -c "select count(*) from pg_database where datname = '$PGDATABASE'")" != 0 ]]; then
    echo "The database $PGDATABASE exists already: restore into a new one" >&2; exit 2
fi
psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "create database \"$PGDATABASE\" encoding 'UTF8' template template0"
pg_restore --no-owner --exit-on-error --dbname="$PGDATABASE" "$backup/database.dump"
echo "Restored into $PGHOST:$PGPORT/$PGDATABASE"

if [[ -f "$backup/COUNTS" ]]; then
    restored="$(mktemp)"
    psql -X -tA -v ON_ERROR_STOP=1 -c "$count_rows_sql" > "$restored"
    if diff -u "$backup/COUNTS" "$restored"; then
        echo "Every table's row count equals the backup's ($(wc -l < "$backup/COUNTS") tables, $(awk '{s+=$2} END {print s}' "$backup/COUNTS") rows)"
        rm -f "$restored"
    else
        rm -f "$restored"
        echo "Row counts differ from the backup's" >&2; exit 1
    fi
fi
