#!/bin/sh
# Regenerates the expected results of the end-to-end programs with real Go 1.19: for x.go, x.out is its
# stdout, x.exit its exit status, x.err its stderr (compared up to the first blank line: the panic message).
# Run from this directory: sh expect.sh [x.go ...]
set -e
GO=/usr/lib/go-1.19/bin/go
tmp=$(mktemp -d)
for f in ${@:-*.go}; do
  b=${f%.go}
  GOCACHE=$tmp/cache GO111MODULE=off $GO build -o $tmp/prog $f
  set +e
  $tmp/prog > $b.out 2> $b.err
  echo $? > $b.exit
  set -e
  [ -s $b.err ] || rm -f $b.err
done
rm -rf $tmp
