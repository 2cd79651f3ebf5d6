#!/bin/sh
# Writes generated catalogue entries as CSV for PostgreSQL's COPY (gzip-compressed when the file
# name ends in .gz). Deterministic: the same COUNT gives the same file on every machine.
#
#   benchmarks/search/generate.sh 1000000 /tmp/catalogue-entries.csv.gz
set -eu
COUNT=${1:-1000000}
FILE=${2:-catalogue-entries.csv.gz}
case "$FILE" in /*) ;; *) FILE="$(pwd)/$FILE" ;; esac
cd "$(dirname "$0")/../.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
    org.gongkai.search.benchmark.CatalogueGenerator "$COUNT" "$FILE"
