#!/usr/bin/env bash
# Issue 4's conformance figure: of Go's top-level test/*.go "// run" tests, those that import only the packages
# golc's issues list (no unsafe, reflect, cgo or others), how many are in go-tests/passing.txt, and which not.
# Needs Go 1.19 (apt-get install golang-1.19-go golang-1.19-src) for `go list`, which reads the imports.
#
# Usage: integration-tests/go-tests-eligible.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=${GOTEST_ROOT:-/usr/lib/go-1.19/test}
go=${GO:-/usr/lib/go-1.19/bin/go}
passing="$here/src/test/resources/go-tests/passing.txt"
listed=" fmt strings bytes strconv unicode unicode/utf8 errors sort math math/bits math/rand container/heap
 container/list container/ring io bufio os path path/filepath flag log context time sync sync/atomic runtime "
eligible=0 pass=0 failing=()
cd "$root"
for f in *.go; do
  [ "$(head -1 "$f")" = "// run" ] || continue
  imports=$(GOCACHE=${GOCACHE:-/tmp/gocache-eligible} GO111MODULE=off "$go" list -f '{{join .Imports " "}}' "$f")
  ok=1
  for i in $imports; do [[ "$listed" == *" $i "* || "$listed" == *" $i"$'\n'* ]] || ok=0; done
  [ $ok = 1 ] || continue
  eligible=$((eligible + 1))
  if awk -v f="$f" '$1 == f { found = 1 } END { exit !found }' "$passing"; then pass=$((pass + 1)); else failing+=("$f"); fi
done
echo "eligible top-level run tests: $eligible; in passing.txt: $pass ($((100 * pass / eligible))%)"
echo "not passing: ${failing[*]:-none}"
