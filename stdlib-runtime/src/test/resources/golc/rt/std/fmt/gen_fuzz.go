// Generates fuzz_cases.txt with real Go: random Printf formats (flags, widths, precisions, '*',
// argument indexes, verbs, stray '%') applied to one fixed operand list, which PrinterFuzzTest.java
// rebuilds: 42, "str", -3.5, true, nil, []int{1, 2}, T{1, 2}, 'x', uint8(7).
//   cd this dir && GOCACHE=/tmp/gocache GO111MODULE=off /usr/lib/go-1.19/bin/go run gen_fuzz.go
// Line: strconv.Quote(format) TAB strconv.Quote(output).
package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

type T struct{ X, Y int }

var pieces = []string{"#", "0", "+", "-", " ", "1", "2", "5", "10", "*", ".", ".0", ".3", ".*", "[1]", "[2]", "[3]",
	"[9]", "[0]", "[x]", "[", "v", "d", "s", "q", "x", "X", "o", "O", "b", "e", "E", "f", "F", "g", "G", "t", "c",
	"U", "T", "%", "é", "z", "w", "p"}

func main() {
	r := rand.New(rand.NewSource(7))
	args := []any{42, "str", -3.5, true, nil, []int{1, 2}, T{1, 2}, 'x', uint8(7)}
	f, _ := os.Create("fuzz_cases.txt")
	w := bufio.NewWriter(f)
	seen := map[string]bool{}
	for len(seen) < 3000 {
		var b strings.Builder
		for k := r.Intn(3) + 1; k > 0; k-- {
			if r.Intn(4) == 0 {
				b.WriteString("-")
			}
			b.WriteString("%")
			for n := r.Intn(4); n > 0; n-- {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			b.WriteString(pieces[18+r.Intn(len(pieces)-18)])
		}
		format := b.String()
		if seen[format] {
			continue
		}
		seen[format] = true
		out := fmt.Sprintf(format, args...)
		if strings.Contains(out, "0xc") { // %p and pointers: addresses differ
			continue
		}
		fmt.Fprintf(w, "%s\t%s\n", strconv.Quote(format), strconv.Quote(out))
	}
	w.Flush()
	f.Close()
}
