#!/bin/sh
# Checks golc's Go sources of fmt, io, strconv (ftoa.go) and strconvf with the real Go 1.19 toolchain:
#  1. go vet, with body-less natives given stub bodies and os/strconv stubs where golc's are not ours;
#  2. scan.go compiled as package golcscan and compared with Go's own fmt scanning (scancheck/main.go).
# Usage: sh check_go_sources.sh   (from anywhere; needs /usr/lib/go-1.19)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
STD=$(cd "$HERE/../../../../../../main/resources/golc/std" && pwd)
GO=/usr/lib/go-1.19/bin/go
GP=$(mktemp -d)
trap 'rm -rf "$GP"' EXIT
export GOPATH="$GP" GO111MODULE=off GOCACHE="${GOCACHE:-/tmp/gocache}"
stub() { sed -E 's/^(func [a-zA-Z][^{]*[^{ ])$/\1 { panic(0) }/' "$1"; }
mkdir -p "$GP/src/golcvet/fmt" "$GP/src/golcvet/io" "$GP/src/golcvet/os" "$GP/src/golcvet/strconv" "$GP/src/strconvf" \
  "$GP/src/golcscan" "$GP/src/scancheck"
for f in "$STD"/fmt/*.go; do
  stub "$f" | sed 's#^\t"io"$#\t"golcvet/io"#; s#^\t"os"$#\t"golcvet/os"#' > "$GP/src/golcvet/fmt/$(basename "$f")"
done
cp "$STD/io/io.go" "$GP/src/golcvet/io/"
cat > "$GP/src/golcvet/os/os.go" <<'GO'
package os

type File struct{}

func (f *File) Read(b []byte) (int, error)  { return 0, nil }
func (f *File) Write(b []byte) (int, error) { return len(b), nil }

var Stdin, Stdout = &File{}, &File{}
GO
stub "$STD/strconvf/strconvf.go" > "$GP/src/strconvf/strconvf.go"
cp "$STD/strconv/ftoa.go" "$GP/src/golcvet/strconv/"
cat > "$GP/src/golcvet/strconv/numerror_stub.go" <<'GO'
package strconv

import "errors"

var ErrSyntax, ErrRange = errors.New("invalid syntax"), errors.New("value out of range")

type NumError struct {
	Func, Num string
	Err       error
}

func (e *NumError) Error() string { return e.Func }
GO
cd "$GP/src"
$GO vet golcvet/fmt golcvet/io golcvet/strconv strconvf
echo "vet: ok"
sed 's/^package fmt$/package golcscan/' "$STD/fmt/scan.go" > golcscan/scan.go
printf 'package golcscan\n\nimport "fmt"\n\nfunc Sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }\n' > golcscan/shim.go
cp "$HERE/scancheck/main.go" scancheck/
$GO run scancheck
