#!/usr/bin/env bash
# The on-sale benchmark (issue 5; docs/benchmarks.md). From the repository root, or anywhere:
#
#   bench/run.sh
#
# Builds the application and the driver (Maven profile `bench`, never part of `./mvnw verify`), measures PostgreSQL
# with ../shared/bench/pg-yardstick.sh, recreates the database BENCH_DB (default pique_bench), starts the real
# application jar on it with Stripe pointed at a fake Stripe on loopback, and drives the on-sales over HTTP.
# Bounded: at most about 14 minutes on 2 cores (under 6 when every on-sale sells out). Exit status 1 when a correctness check failed.
#
# Settings (environment): PGHOST PGPORT PGUSER PGPASSWORD (default 127.0.0.1:5432, postgres), BENCH_DB, YARD_DB
# (default pique_yardstick), BENCH_BUYERS ("8 32 128"), BENCH_CAPACITY (5000), BENCH_FREE_BUYERS (32: the buyer count
# that also runs the free-ticket variant; 0 for none), BENCH_RESERVE_ONLY_BUYERS (32: the buyer count that also runs
# card orders left unpaid, the reservation path alone; 0 for none), BENCH_RUN_TIMEOUT_SECONDS (75: buying time per
# on-sale, which keeps the whole run bounded), BENCH_HISTORY ("10 1000 10000 100000"), BENCH_APP_PORT (18089), BENCH_APP_JVM_OPTS,
# BENCH_SKIP_BUILD=1.
#
# BENCH_EXPORT=1 runs the analysts' desk benchmark instead (issue 14, HistoryExportBench): a store of
# BENCH_EXPORT_EVENTS events (1,000,000; BENCH_SHORT=1: 100,000) grown from a real on-sale in database BENCH_EXPORT_DB
# (pique_bench_export), the application on a small heap (BENCH_EXPORT_APP_JVM_OPTS, "-Xms128m -Xmx256m -XX:+UseG1GC"):
# NDJSON and Parquet export and a rebuild of every projection against a JDBC read + deserialisation floor, and "as of"
# latency (BENCH_EXPORT_REBUILD: all, a comma-separated list of projections, or 0 for the exports alone). About an hour on 2 cores at 1,000,000 events, most of it the
# rebuild (5 minutes in the short mode).
#
#   bench/run.sh --door-rush
#
# runs the door rush instead (issue 15; docs/benchmarks.md, "Door rush"): the yardstick at the device count, then one
# show with BENCH_DOOR_TICKETS (5000) free tickets scanned by BENCH_DOOR_DEVICES (16) door devices at once. A few
# minutes on 2 cores. Exit status 1 when a ticket was not admitted exactly once or a scan failed.
set -euo pipefail
main=com.piquetickets.bench.Bench
log=bench.log
if [[ ${1:-} == --door-rush ]]; then
    main=com.piquetickets.bench.DoorRush
    log=door-rush.log
    export BENCH_BUYERS=${BENCH_DOOR_DEVICES:-16}
fi
cd "$(dirname "${BASH_SOURCE[0]}")/.."

java_major() {  # the feature version of the JDK at $1, or nothing
    [[ -x $1/bin/java && -f $1/release ]] || return 0
    local version
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
    printf '%s\n' "${version%%[.+-]*}"
}
jdk=""
for dir in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    [[ -n $dir && -d $dir ]] || continue
    major=$(java_major "$dir")
    if [[ -n $major && $major -ge 21 ]]; then jdk=$dir; break; fi
done
[[ -n $jdk ]] || { echo "bench: no JDK >= 21 found (JAVA_HOME or /usr/lib/jvm)" >&2; exit 2; }

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    ./mvnw -B -ntp -q -Pbench -DskipTests package
fi
mkdir -p bench/target/run
if [[ ${BENCH_EXPORT:-0} == 1 ]]; then
    main=com.piquetickets.bench.HistoryExportBench log=export-bench.log
fi
"$jdk/bin/java" -cp "bench/target/classes:bench/target/lib/*" "$main" 2>&1 | tee "bench/target/run/$log"
exit "${PIPESTATUS[0]}"
