// Compares golc's fmt scanning (scan.go compiled as golcscan) with Go's fmt on many inputs.
package main

import (
	"fmt"
	"golcscan"
	"io"
	"os"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(b []byte) (int, error) { return o.r.Read(b) }

type (
	Celsius float64
	MyInt   int8
	MyU     uint16
	MyS     string
	MyB     []byte
	MyBool  bool
	MyC     complex64
	Rec     struct{ A int }
)

type targets struct {
	nc  Celsius
	ni  MyInt
	nu  MyU
	ns  MyS
	nb  MyB
	nbo MyBool
	ncx MyC
	rec Rec
	i   int
	i8  int8
	u   uint
	u8  uint8
	f   float64
	f32 float32
	s   string
	s2  string
	b   bool
	bs  []byte
	r   rune
	c   complex128
}

func ptrs(t *targets, kinds string) []any {
	var a []any
	for _, k := range kinds {
		switch k {
		case 'i':
			a = append(a, &t.i)
		case '8':
			a = append(a, &t.i8)
		case 'u':
			a = append(a, &t.u)
		case 'y':
			a = append(a, &t.u8)
		case 'f':
			a = append(a, &t.f)
		case 'g':
			a = append(a, &t.f32)
		case 's':
			a = append(a, &t.s)
		case 'S':
			a = append(a, &t.s2)
		case 'b':
			a = append(a, &t.b)
		case 'B':
			a = append(a, &t.bs)
		case 'r':
			a = append(a, &t.r)
		case 'c':
			a = append(a, &t.c)
		case 'x':
			a = append(a, struct{}{})
		case 'C':
			a = append(a, &t.nc)
		case 'I':
			a = append(a, &t.ni)
		case 'U':
			a = append(a, &t.nu)
		case 'T':
			a = append(a, &t.ns)
		case 'Y':
			a = append(a, &t.nb)
		case 'O':
			a = append(a, &t.nbo)
		case 'X':
			a = append(a, &t.ncx)
		case 'P':
			a = append(a, &t.rec)
		}
	}
	return a
}

func main() {
	inputs := []string{"", " ", "42", "-42 17", "  7\n8", "0x1F 0b101 0o17 017", "1_000 2", "abc", "3.5 hello true",
		"1e3 -2.5e-3 inf NaN", "0x1p-2 1.5p3", "t F true false TRUE 1 0 tru", "300 -129", "18446744073709551616",
		"héllo wörld", "a\nb", "a b\n", "1\n\n2", "\"quoted str\" `raw`", "(1+2i) 3-4i", "ffff", "x 5", "5 x",
		"99999999999999999999", "+5 -0", "\r\n5", "1.", ".5", "-", "0x", "1e", "1 2 3 4 5"}
	kinds := []string{"i", "ii", "iii", "8", "u", "y", "f", "ff", "g", "s", "ss", "sS", "fsb", "bbbbbbbb", "B", "r", "c",
		"cc", "is", "si", "x", "if", "iiiii",
		"C", "I", "U", "T", "Y", "O", "X", "P", "CI", "IUT", "YO"}
	formats := []struct{ f, k string }{{"%d", "i"}, {"%d %d", "ii"}, {"%d,%d", "ii"}, {"%s %d", "si"}, {"%x", "i"},
		{"%x", "s"}, {"%o %b", "ii"}, {"%c%c", "rr"}, {"%5s%d", "si"}, {"%2d%3d", "ii"}, {"%v %v", "ii"},
		{"%q", "s"}, {"%f", "f"}, {"%e %g", "ff"}, {"%t", "b"}, {"%d\n%d", "ii"}, {"%d %%", "i"}, {"a%d", "i"},
		{"%d%s", "is"}, {"%d", "ii"}, {"%d %d", "i"}, {"%", "i"}, {"%s", "f"}, {"%3c", "r"}, {"%U", "i"}, {"%X", "B"},
		{"%d %f", "IC"}, {"%s %x", "TY"}, {"%t", "O"}, {"%v", "X"}, {"%c", "I"}, {"%d", "P"}}
	total, bad := 0, 0
	check := func(what string, n1 int, e1 error, t1 targets, n2 int, e2 error, t2 targets) {
		total++
		a := fmt.Sprintf("%d %v %#v", n1, e1, t1)
		b := fmt.Sprintf("%d %v %#v", n2, e2, t2)
		if a != b {
			bad++
			if bad < 30 {
				fmt.Printf("%s\n  go:   %s\n  golc: %s\n", what, a, b)
			}
		}
	}
	for _, in := range inputs {
		for _, k := range kinds {
			var t1, t2 targets
			n1, e1 := fmt.Sscan(in, ptrs(&t1, k)...)
			n2, e2 := golcscan.Sscan(in, ptrs(&t2, k)...)
			check(fmt.Sprintf("Sscan(%q, %s)", in, k), n1, e1, t1, n2, e2, t2)
			t1, t2 = targets{}, targets{}
			n1, e1 = fmt.Sscanln(in, ptrs(&t1, k)...)
			n2, e2 = golcscan.Sscanln(in, ptrs(&t2, k)...)
			check(fmt.Sprintf("Sscanln(%q, %s)", in, k), n1, e1, t1, n2, e2, t2)
			t1, t2 = targets{}, targets{}
			n1, e1 = fmt.Fscan(onlyReader{strings.NewReader(in)}, ptrs(&t1, k)...)
			n2, e2 = golcscan.Fscan(onlyReader{strings.NewReader(in)}, ptrs(&t2, k)...)
			check(fmt.Sprintf("Fscan(reader %q, %s)", in, k), n1, e1, t1, n2, e2, t2)
		}
		for _, f := range formats {
			var t1, t2 targets
			n1, e1 := fmt.Sscanf(in, f.f, ptrs(&t1, f.k)...)
			n2, e2 := golcscan.Sscanf(in, f.f, ptrs(&t2, f.k)...)
			check(fmt.Sprintf("Sscanf(%q, %q, %s)", in, f.f, f.k), n1, e1, t1, n2, e2, t2)
		}
	}
	// Several scans from one reader (state kept in the reader, as with os.Stdin).
	r1 := onlyReader{strings.NewReader("1 2\n3 héllo\n4.5")}
	r2 := onlyReader{strings.NewReader("1 2\n3 héllo\n4.5")}
	for i := 0; i < 5; i++ {
		var t1, t2 targets
		n1, e1 := fmt.Fscanln(r1, ptrs(&t1, "is")...)
		n2, e2 := golcscan.Fscanln(r2, ptrs(&t2, "is")...)
		check(fmt.Sprintf("Fscanln sequence %d", i), n1, e1, t1, n2, e2, t2)
	}
	fmt.Printf("%d comparisons, %d differ\n", total, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
