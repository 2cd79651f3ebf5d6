#!/bin/sh
# Lucene-level benchmark of the catalogue search: indexes generated entries with the portal's own
# LuceneCatalogueIndex, then times top-20 searches with facet counts and highlighting.
#
#   benchmarks/search/run.sh                      # 1,000,000 entries (indexing takes minutes)
#   benchmarks/search/run.sh --docs 100000        # a quicker look
#   benchmarks/search/run.sh --reuse --rounds 20  # search an index built before, more rounds
#   benchmarks/search/run.sh --no-query-cache     # every search computes everything
#
# Options are those of org.gongkai.search.benchmark.CatalogueSearchBenchmark (see its Javadoc).
# The index goes to $TMPDIR/gongkai-search-bench-<docs> unless --dir says otherwise.
set -eu
cd "$(dirname "$0")/../.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} \
    -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
    org.gongkai.search.benchmark.CatalogueSearchBenchmark "$@"
