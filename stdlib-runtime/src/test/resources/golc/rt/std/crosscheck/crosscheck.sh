#!/bin/bash
# Runs golc's standard packages under real Go 1.19 (natives replaced by impl/*/natives_impl.go, written with
# Go's own library) and compares them with Go's packages on special and random inputs. Needs Go 1.19 at
# /usr/lib/go-1.19. Each checker prints "failures: 0" (or map[]) when all agree.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
std="$(cd "$here/../../../../../../main/resources/golc/std" && pwd)"
work="$(mktemp -d /tmp/golc-crosscheck.XXXXXX)"
trap 'rm -rf "$work"' EXIT
src="$work/src"
for p in strings strconv unicode unicode/utf8 errors sort math math/bits; do
  mkdir -p "$src/my/$p"
  cp "$std/$p"/*.go "$src/my/$p/"
  # constants stay, body-less natives go (impl/ provides them)
  if [ -f "$src/my/$p/natives.go" ]; then
    grep -v '^func ' "$src/my/$p/natives.go" > "$src/my/$p/natives_consts.go"
    rm "$src/my/$p/natives.go"
  fi
done
rm -f "$src/my/strconv/ftoa.go" # float formatting is cross-checked by the fmt engineer's tests
for f in $(grep -rl '"unicode\|"errors"\|"math/bits"' "$src/my"); do
  sed -i 's#"unicode/utf8"#"my/unicode/utf8"#; s#"unicode"#"my/unicode"#; s#"errors"#"my/errors"#; s#"math/bits"#"my/math/bits"#' "$f"
done
# the natives' stand-ins use Go's real packages, so they are added after the imports were redirected
for p in strings strconv unicode errors sort math; do cp "$here/impl/$p"/*.go "$src/my/$p/"; done
for c in textcheck sortcheck mathcheck bitscheck; do
  mkdir -p "$src/$c" && cp "$here/$c/main.go" "$src/$c/"
  echo "== $c"
  GOPATH="$work" GO111MODULE=off GOCACHE="$work/cache" /usr/lib/go-1.19/bin/go run "$c" | tail -5
done
