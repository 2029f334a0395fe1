#!/usr/bin/env bash
# The benchmark programs of shared/bench/go compiled by golc (the real compiler, not hand-written ports),
# run side by side with real Go in one run by shared/bench/run-baselines.sh, which interleaves the systems
# round by round and checks every program's output line. Prints the summary table; golc/Go ratios of the
# medians are what docs/PERFORMANCE.md records.
#
# Usage:  bench/golc-vs-go.sh [CASE_REGEX]       e.g. bench/golc-vs-go.sh 'ring|pingpong'
# Env:    RUNS=3 WARMUP=1 SHARED=<dir holding bench/> (default: ../shared beside the repository)
# Needs:  Go 1.19 at /usr/lib/go-1.19/bin/go (apt-get install golang-1.19-go) and the CLI jar
#         (built here with Maven when missing).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/.." && pwd)/shared}
[ -x "$SHARED/bench/run-baselines.sh" ] || { echo "no $SHARED/bench/run-baselines.sh (set SHARED)" >&2; exit 2; }
[ -f "$ROOT/cli/target/golc.jar" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)
OUT=${OUT:-/tmp/golc-vs-go}
mkdir -p "$OUT"
GOLC_BUILD="java -jar $ROOT/cli/target/golc.jar build -o $OUT/{name}.jar {dir}" \
GOLC_CMD="java -jar $OUT/{name}.jar" \
SYSTEMS=${SYSTEMS:-go} RUNS=${RUNS:-3} WARMUP=${WARMUP:-1} RESULTS=${RESULTS:-$OUT/results} \
  "$SHARED/bench/run-baselines.sh" "${1:-.}"
