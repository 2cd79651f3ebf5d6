#!/usr/bin/env bash
# Backs up a running Gongkai portal, consistently, while it serves:
#   - the database: pg_dump in custom format, attachments included (they are stored in the database);
#   - COUNTS: every table's exact row count, read in the very snapshot that pg_dump dumps;
#   - config/gongkai.properties without its secrets (passwords, keys, tokens: keep those in your key store);
#   - not the search index: the portal rebuilds it from the database.
# The backup is a directory gongkai-<date>-<time> in --out (default gongkai.backup.dir, else
# <gongkai.data.dir>/backups); it appears only when complete. Restore it with ops/restore.sh.
#
#   ops/backup.sh [--out DIR] [--keep N]
#
# The database is found as the portal finds it: GONGKAI_DB_URL / _USER / _PASSWORD or
# config/gongkai.properties, else the running embedded PostgreSQL of gongkai.data.dir (~/.gongkai).
# Needs the PostgreSQL client tools (apt-get install postgresql-client), as new as the server or newer.
set -euo pipefail
. "$(dirname "$0")/settings.sh"

out=""; keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --keep) keep="$2"; shift 2 ;;
        *) echo "usage: ops/backup.sh [--out DIR] [--keep N]" >&2; exit 2 ;;
    esac
done
for tool in pg_dump pg_restore psql; do
    command -v "$tool" > /dev/null || { echo "$tool is missing: apt-get install postgresql-client" >&2; exit 2; }
done
database_of_portal
data="$(setting gongkai.data.dir "$HOME/.gongkai")"
out="${out:-$(setting gongkai.backup.dir "$data/backups")}"
mkdir -p "$out"

name="gongkai-$(date +%Y%m%d-%H%M%S)"
partial="$out/.$name.partial"
rm -rf "$partial"; mkdir -p "$partial/config"
trap 'rm -rf "$partial"' EXIT

# One snapshot for the counts and the dump: a repeatable-read transaction exports it, pg_dump
# dumps exactly it (--snapshot), and the transaction stays open until pg_dump is done.
psql -X -q -v ON_ERROR_STOP=1 > /dev/null <<SQL
begin isolation level repeatable read read only;
select pg_export_snapshot() as snapshot \gset
\setenv GONGKAI_SNAPSHOT :snapshot
\o $partial/COUNTS
\pset tuples_only on
\pset format unaligned
$count_rows_sql;
\o
\! pg_dump --snapshot="\$GONGKAI_SNAPSHOT" --format=custom --no-password --file="$partial/database.dump" 2> "$partial/pg_dump.log"; echo \$? > "$partial/pg_dump.exit"
commit;
SQL
if [[ "$(cat "$partial/pg_dump.exit")" != 0 ]]; then
    echo "pg_dump failed:" >&2; cat "$partial/pg_dump.log" >&2; exit 1
fi
rm -f "$partial/pg_dump.exit" "$partial/pg_dump.log"
pg_restore --list "$partial/database.dump" > /dev/null   # readable from end to end

# The configuration without its secrets: their lines are kept as comments, without the value.
if [[ -f "$gongkai_config" ]]; then
    sed -E 's/^([[:space:]]*[^#=[:space:]]*(password|secret|key|token|credential)[^=[:space:]]*)[[:space:]]*=.*/# \1= (secret: not in the backup)/I' \
        "$gongkai_config" > "$partial/config/gongkai.properties"
fi
cat > "$partial/MANIFEST" <<MANIFEST
format=gongkai-backup-1
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
database=$PGHOST:$PGPORT/$PGDATABASE ($(psql -X -tA -c 'show server_version'))
dump=database.dump (pg_dump $(pg_dump --version | awk '{print $3}'), custom format)
counts=COUNTS (exact rows per table, same snapshot as the dump)
search-index=not included: rebuilt from the database at start-up
secrets=not included: keep passwords and keys in your key store, apart from the backups
MANIFEST
mv "$partial" "$out/$name"
trap - EXIT
echo "$out/$name"

if [[ "$keep" -gt 0 ]]; then
    ls -1d "$out"/gongkai-[0-9]*-[0-9]* 2> /dev/null | sort | head -n "-$keep" | xargs -r rm -rf
fi
