#!/usr/bin/env bash
# Regenerates the expected outputs of the golden programs with real Go 1.19.
# For each golden/<name>.go: <name>.out gets its stdout; if it writes to stderr, <name>.err gets the
# first line of it; the exit status must match the program's "// EXIT n" comment (default 0).
# "// ARGS: a "b c"" passes arguments; <name>.in, if present, is its standard input (else it is empty). Also writes src/test/resources/samples/<name>.out, the output of
# each samples/<name>/ package run without arguments.
# Usage: ./regen.sh [name...]   (default: all golden programs and all samples)
# Expected outputs are only ever written by this script, never edited by hand.
set -euo pipefail

GO=${GO:-/usr/lib/go-1.19/bin/go}
export GOCACHE=${GOCACHE:-/tmp/gocache} GO111MODULE=off
dir="$(cd "$(dirname "$0")" && pwd)/src/test/resources/golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

samples="$(cd "$(dirname "$0")/.." && pwd)/samples"
samples_out="$(dirname "$dir")/samples"
if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for f in "$dir"/*.go; do names+=("$(basename "$f" .go)"); done
  mkdir -p "$samples_out"
  for d in "$samples"/*/; do
    s=$(basename "$d")
    # a sample with a go.mod is a module of several packages: built in module mode
    if [ -f "$d/go.mod" ]; then mode=on; else mode=off; fi
    (cd "$d" && GO111MODULE=$mode "$GO" build -o "$work/sample_$s" .)
    (cd "$work" && "./sample_$s" >"$samples_out/$s.out")
    echo "samples/$s: exit 0"
  done
fi

status=0
for name in "${names[@]}"; do
  src="$dir/$name.go"
  want_exit=$(sed -n 's|^// EXIT \([0-9]*\)$|\1|p' "$src" | head -1)
  want_exit=${want_exit:-0}
  args=$(sed -n 's|^// ARGS: \(.*\)$|\1|p' "$src" | head -1)
  # go build + run rather than go run: go run turns a non-zero status into its own status 1.
  "$GO" build -o "$work/$name" "$src"
  eval "set -- $args"
  set +e
  stdin="$work/empty"; : >"$stdin"
  if [ -f "$dir/$name.in" ]; then stdin="$dir/$name.in"; fi
  (cd "$work" && "./$name" "$@" <"$stdin" >"$dir/$name.out" 2>"$work/$name.stderr")
  got_exit=$?
  set -e
  if [ -s "$work/$name.stderr" ]; then
    head -1 "$work/$name.stderr" >"$dir/$name.err"
  else
    rm -f "$dir/$name.err"
  fi
  if [ "$got_exit" -ne "$want_exit" ]; then
    echo "$name: exit status $got_exit, but the program says // EXIT $want_exit" >&2
    status=1
  fi
  echo "$name: exit $got_exit"
done
exit $status
