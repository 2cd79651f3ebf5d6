# Shared by ops/backup.sh and ops/restore.sh: reads a setting as the launcher does: GONGKAI_* environment
# variables first, then config/gongkai.properties (-D system properties exist only for the launcher).
# shellcheck shell=bash

gongkai_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gongkai_config="${GONGKAI_CONFIG_DIR:-$gongkai_root/config}/gongkai.properties"

# setting KEY [DEFAULT]
setting() {
    local key="$1" default="${2:-}" env value
    env="$(echo "$key" | tr '[:lower:].-' '[:upper:]__')"
    if [[ -n "${!env:-}" ]]; then
        echo "${!env}"
        return
    fi
    if [[ -f "$gongkai_config" ]]; then
        value="$(sed -n "s/^[[:space:]]*${key//./\\.}[[:space:]]*[=:][[:space:]]*//p" "$gongkai_config" | tail -1)"
        if [[ -n "$value" ]]; then
            echo "$value"
            return
        fi
    fi
    echo "$default"
}

# Sets PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD) for the portal's database: gongkai.db.url
# when set, else the running embedded PostgreSQL of gongkai.data.dir (its port from postmaster.pid).
database_of_portal() {
    local url data pidfile
    url="$(setting gongkai.db.url)"
    if [[ -n "$url" ]]; then
        # jdbc:postgresql://host[:port]/database[?parameters]
        url="${url#jdbc:}"; url="${url#postgresql://}"; url="${url%%\?*}"
        PGDATABASE="${url#*/}"
        local hostport="${url%%/*}"
        PGHOST="${hostport%%:*}"
        PGPORT="5432"; [[ "$hostport" == *:* ]] && PGPORT="${hostport##*:}"
        PGUSER="$(setting gongkai.db.user postgres)"
        local password; password="$(setting gongkai.db.password)"
        [[ -n "$password" ]] && export PGPASSWORD="$password"
    else
        data="$(setting gongkai.data.dir "$HOME/.gongkai")"
        pidfile="$data/pgdata/postmaster.pid"
        if [[ ! -f "$pidfile" ]] || ! kill -0 "$(head -1 "$pidfile")" 2> /dev/null; then
            echo "No database configured and no embedded PostgreSQL running in $data/pgdata (start the portal: mvn -Prun)" >&2
            return 1
        fi
        PGHOST=127.0.0.1; PGPORT="$(sed -n 4p "$pidfile")"; PGUSER=postgres; PGDATABASE=postgres
    fi
    export PGHOST PGPORT PGUSER PGDATABASE
}

# Exact row counts of every table of the schema, "table count" per line, in the current transaction.
count_rows_sql="select table_name || ' ' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
    table_schema, table_name), false, true, '')))[1]::text from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name"
