#!/usr/bin/env bash
# Throughput of the review pre-scan (ContentScanner) on one thread: ~50 MB of generated government
# prose against 10,000 terms. Arguments go to ScannerBenchmark: [megabytes [rounds [terms]]].
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -o -q test-compile
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/benchmark-classpath.txt >/dev/null
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "machine: $cpu, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
exec java -Xms1g -Xmx1g -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    org.gongkai.review.control.ScannerBenchmark "$@"
