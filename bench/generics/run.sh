#!/usr/bin/env bash
# Generic containers against their hand-written twins, both compiled by golc and run as whole programs
# (java -jar), with real Go's figures for reference.
#
# Usage:  bench/generics/run.sh            Env: RUNS=3  GO=/usr/lib/go-1.19/bin/go  JAVA=java  GOLC=<root>/golc
# Prints per program the median of the programs' own ns/op figure (printed on stderr) and the median wall
# seconds of the whole run (JVM start included), for golc and for Go.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${RUNS:-3}
GO=${GO:-/usr/lib/go-1.19/bin/go}
JAVA=${JAVA:-java}
GOLC=${GOLC:-$ROOT/golc}
BUILD=${BUILD:-/tmp/golc-generics-bench}
export GOCACHE=${GOCACHE:-/tmp/gocache} GO111MODULE=off
mkdir -p "$BUILD"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# name | rounds
CASES=("stack_generic|200" "stack_plain|200" "omap_generic|10" "omap_plain|10")
printf '%-14s %12s %10s %12s %10s\n' program golc-ns/op golc-wall go-ns/op go-wall
for c in "${CASES[@]}"; do
  IFS='|' read -r name rounds <<<"$c"
  "$GOLC" build -o "$BUILD/$name.jar" "$HERE/$name/main.go" >/dev/null
  (cd "$HERE/$name" && "$GO" build -o "$BUILD/$name.go.bin" main.go)
  gns=(); gwall=(); rns=(); rwall=()
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s.%N); ns=$("$JAVA" -jar "$BUILD/$name.jar" "$rounds" 2>&1 >/dev/null | awk '{print $1}'); t1=$(date +%s.%N)
    gns+=("$ns"); gwall+=("$(echo "$t1 - $t0" | bc)")
    t0=$(date +%s.%N); ns=$("$BUILD/$name.go.bin" "$rounds" 2>&1 >/dev/null | awk '{print $1}'); t1=$(date +%s.%N)
    rns+=("$ns"); rwall+=("$(echo "$t1 - $t0" | bc)")
  done
  printf '%-14s %12s %10s %12s %10s\n' "$name" \
    "$(printf '%s\n' "${gns[@]}" | median)" "$(printf '%s\n' "${gwall[@]}" | median)" \
    "$(printf '%s\n' "${rns[@]}" | median)" "$(printf '%s\n' "${rwall[@]}" | median)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
