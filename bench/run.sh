#!/usr/bin/env bash
# Goroutine-runtime benchmarks: the Java ports in golc-abi/ (hand-compiled to golc's goroutine ABI, running on
# golc.rt.sched) next to real Go running the same programs from ../../shared/bench/go (or $SHARED/bench/go).
#
# Usage:  bench/run.sh [CASE_REGEX]        e.g. bench/run.sh 'ring|pingpong'
# Env:    RUNS=3  GO=/usr/lib/go-1.19/bin/go  JAVA=java  SHARED=/work/shared
# Prints per case: median wall seconds and median per-op ns (the programs' own stderr figure) for both, the
# golc/Go ratios, CPU seconds (user+sys: steadier than wall on a shared machine), and peak RSS
# (from /usr/bin/time). P=1 cases set GOMAXPROCS=1 for both systems.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
FILTER=${1:-.}
RUNS=${RUNS:-3}
GO=${GO:-/usr/lib/go-1.19/bin/go}
JAVA=${JAVA:-java}
SHARED=${SHARED:-$(cd "$ROOT/../.." 2>/dev/null && pwd)/shared}
[ -d "$SHARED/bench/go" ] || SHARED=/work/shared
BUILD=${BUILD:-/tmp/golc-sched-bench}
export GOCACHE=${GOCACHE:-/tmp/gocache} GO111MODULE=off

mkdir -p "$BUILD/go" "$BUILD/java"
(cd "$ROOT" && mvn -o -q -B -pl stdlib-runtime compile)
# a private copy of the runtime classes, so that rebuilding the worktree cannot disturb a run
RT="$BUILD/rt"
rm -rf "$RT" && cp -r "$ROOT/stdlib-runtime/target/classes" "$RT"
javac -encoding UTF-8 -d "$BUILD/java" -cp "$RT" "$HERE"/golc-abi/*.java
for name in pingpong ring spawn park; do
  (cd "$SHARED/bench/go/$name" && "$GO" build -o "$BUILD/go/$name" .)
done

# id | go program | Java class | args | P=1?
CASES=(
  "pingpong|pingpong|PingPong|2000000|"
  "pingpong-p1|pingpong|PingPong|2000000|p1"
  "ring|ring|Ring|10000000|"
  "ring-p1|ring|Ring|10000000|p1"
  "spawn|spawn|Spawn|1000000|"
  "spawn-p1|spawn|Spawn|1000000|p1"
  "park|park|Park|1000000|"
)

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "NA"; exit} if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

run() { # sys id cmd...
  local sys=$1 id=$2; shift 2
  local t0 t1
  t0=$(date +%s%N)
  env "${ENVS[@]}" /usr/bin/time -f '%M %U %S' -o "$TMP/time" "$@" > "$TMP/out" 2> "$TMP/err"
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", (b-a)/1e9}' >> "$TMP/$sys.wall"
  grep -o 'per_op_ns=[0-9.]*' "$TMP/err" | cut -d= -f2 >> "$TMP/$sys.perop" || true
  tail -1 "$TMP/time" | awk '{print $1}' >> "$TMP/$sys.rss"
  tail -1 "$TMP/time" | awk '{printf "%.2f\n", $2 + $3}' >> "$TMP/$sys.cpu"
  head -1 "$TMP/out" > "$TMP/$sys.stdout"
}

printf '%-12s %8s %9s %6s %9s %9s %6s %7s %8s %6s %7s %8s  %s\n' case go_wall golc_wall ratio go_ns golc_ns ratio go_cpu golc_cpu ratio go_MiB golc_MiB check
for spec in "${CASES[@]}"; do
  IFS='|' read -r id prog cls args p1 <<< "$spec"
  [[ $id =~ $FILTER ]] || continue
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  ENVS=()
  [ "$p1" = p1 ] && ENVS=(GOMAXPROCS=1)
  rm -f "$TMP"/*.wall "$TMP"/*.perop "$TMP"/*.rss "$TMP"/*.cpu
  # one warm-up round, then RUNS rounds taking turns
  for ((r = 0; r <= RUNS; r++)); do
    run go "$id" "$BUILD/go/$prog" $args
    run golc "$id" "$JAVA" -cp "$BUILD/java:$RT" "$cls" $args
    if ((r == 0)); then rm -f "$TMP"/*.wall "$TMP"/*.perop "$TMP"/*.rss "$TMP"/*.cpu; fi
  done
  gw=$(median < "$TMP/go.wall"); jw=$(median < "$TMP/golc.wall")
  gp=$(median < "$TMP/go.perop"); jp=$(median < "$TMP/golc.perop")
  gc=$(median < "$TMP/go.cpu"); jc=$(median < "$TMP/golc.cpu")
  gr=$(median < "$TMP/go.rss" | awk '{printf "%.1f", $1/1024}'); jr=$(median < "$TMP/golc.rss" | awk '{printf "%.1f", $1/1024}')
  check=OK
  cmp -s "$TMP/go.stdout" "$TMP/golc.stdout" || check="MISMATCH: $(cat "$TMP/golc.stdout") vs $(cat "$TMP/go.stdout")"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a=="NA"||b=="NA"||a==0) print "-"; else printf "%.2f", b/a}'; }
  printf '%-12s %8s %9s %6s %9s %9s %6s %7s %8s %6s %7s %8s  %s\n' "$id" "$gw" "$jw" "$(ratio "$gw" "$jw")" \
    "$gp" "$jp" "$(ratio "$gp" "$jp")" "$gc" "$jc" "$(ratio "$gc" "$jc")" "$gr" "$jr" "$check"
done
