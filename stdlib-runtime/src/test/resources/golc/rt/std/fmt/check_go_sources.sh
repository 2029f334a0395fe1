#!/bin/sh
# Checks golc's Go sources of fmt, strconv (with ftoa.go) and strconvf with the real Go 1.19 toolchain:
#  1. go vet of the golc std tree (all packages these import), copied to a GOPATH as golcstd/<path>
#     with imports rewritten and body-less natives given stub bodies;
#  2. scan.go compiled as package golcscan (its natives done with reflect in scancheck/shim.go.txt) and
#     compared with Go's own fmt scanning (scancheck/main.go).
# Usage: sh check_go_sources.sh   (from anywhere; needs /usr/lib/go-1.19)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
STD=$(cd "$HERE/../../../../../../main/resources/golc/std" && pwd)
GO=/usr/lib/go-1.19/bin/go
GP=$(mktemp -d)
trap 'rm -rf "$GP"' EXIT
export GOPATH="$GP" GO111MODULE=off GOCACHE="${GOCACHE:-/tmp/gocache}"
PKGS=$(cd "$STD" && find . -name '*.go' -exec dirname {} \; | sed 's#^\./##' | sort -u)
ALT=$(echo $PKGS | tr ' ' '|')
for p in $PKGS; do
  mkdir -p "$GP/src/golcstd/$p"
  for f in "$STD/$p"/*.go; do
    sed -E "s/^(func [a-zA-Z][^{]*[^{ ])\$/\\1 { panic(0) }/; s#^(import |\t)(\"|[a-z]+ \")($ALT)\"#\\1\\2golcstd/\\3\"#" "$f" \
      > "$GP/src/golcstd/$p/$(basename "$f")"
  done
done
cd "$GP/src"
$GO vet golcstd/fmt golcstd/strconv golcstd/strconvf
echo "vet: ok"
mkdir -p golcscan scancheck
# The natives' declarations go; shim.go.txt implements them with reflect.
sed -E 's/^package fmt$/package golcscan/; /^func [a-zA-Z][^{]*[^{ ]$/d' "$STD/fmt/scan.go" > golcscan/scan.go
cp "$HERE/scancheck/shim.go.txt" golcscan/shim.go
cp "$HERE/scancheck/main.go" scancheck/
$GO run scancheck
