// fmt, errors and strconv floats end to end. fmtall.out is its output under Go 1.19. To run it through
// golc, copy both files (and an fmtall.exit holding 0) to codegen's golc/codegen/e2e and run its
// GoProgramsTest with -Dgolc.e2e=fmtall.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Point struct{ X, Y int }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return "not found: " + e.Name }

type Hex int

func (h Hex) Format(f fmt.State, c rune) {
	w, ok := f.Width()
	if !ok {
		w = -1
	}
	fmt.Fprintf(f, "Hex(%x,%c,%d,%v)", int(h), c, w, f.Flag('+'))
}

type Pair struct {
	Name string
	Val  any
	next *Pair
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func main() {
	fmt.Println("ints:", 42, -7, int8(-128), uint8(200), uint64(18446744073709551615))
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%O|%b|%#x|%+d|%c|%q|%U|%#U\n", 42, 42, 42, -42, 255, 255, 8, 8, 5, 255, 3, 'A', 'x', 0x263A, 0x263A)
	fmt.Println("floats:", 3.14, 1e21, 1e20, 1e-5, 0.1+0.2, float32(0.1), 100.0, -0.0)
	fmt.Printf("%f|%.2f|%8.3f|%e|%E|%g|%G|%.3g|%x|%v|%6.1f|%+.1e\n", 3.14159, 2.675, -1.5, 123456.789, 1e-10, 1e100, 1e-7, 2.0/3, 1.0, 1e6, 9.96, 12345.0)
	fmt.Println("complex:", complex(1, 2), complex64(complex(0.5, -1)))
	fmt.Printf("%s|%q|%x|% x|%10s|%-10s|%.3s|%#q\n", "héllo", "tab\there", "hi", "hi", "right", "left", "truncate", "raw")
	fmt.Println("bools:", true, false)
	fmt.Printf("%t %v\n", true, false)
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	pp := &Point{3, 4}
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, [2]bool{true, false}, []int(nil), map[string]int(nil))
	fmt.Printf("%v %d %x %#v\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []int{10, 11})
	fmt.Println(map[string]int{"z": 26, "a": 1, "m": 13}, map[int]bool{3: true, 1: false, 2: true})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Println([]byte("hi"), string([]byte{72, 105}))
	fmt.Printf("%s %x %q %v\n", []byte("abc"), []byte("abc"), []byte("abc"), []byte("abc"))
	fmt.Println(Temp(21.5), []Temp{1, 2}, Red, Green, []Color{Green, Red})
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	var err error = &NotFound{"x"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	wrapped := fmt.Errorf("lookup %d: %w", 7, err)
	fmt.Println(wrapped)
	fmt.Printf("%T %T\n", wrapped, fmt.Errorf("plain %d", 1))
	var nf *NotFound
	fmt.Println(errors.Is(wrapped, err), errors.As(wrapped, &nf), nf.Name, errors.Unwrap(wrapped) == err)
	fmt.Println(Hex(255))
	fmt.Printf("%v|%+8d|%s\n", Hex(16), Hex(17), []Hex{1, 2})
	pr := Pair{"a", 1.5, nil}
	fmt.Printf("%v %+v\n", pr, pr)
	fmt.Printf("%v\n", []any{1, "two", nil, 3.0, Point{5, 6}, Red})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%[2]d %[1]d %*d|%-*d|%.*f\n", 1, 2, 4, 5, 3, 6, 2, 3.14159)
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("x", 1, 2, "y")
	s2 := fmt.Sprintln("x", 1, 2, "y")
	fmt.Printf("%q %q\n", s, s2)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	n, e := fmt.Printf("%s\n", "count me")
	fmt.Println(n, e)

	var a, b int
	var w string
	var f float64
	cnt, serr := fmt.Sscan("10 20 word 2.5", &a, &b, &w, &f)
	fmt.Println(cnt, serr, a, b, w, f)
	cnt, serr = fmt.Sscanf("7-8 go", "%d-%d %s", &a, &b, &w)
	fmt.Println(cnt, serr, a, b, w)
	cnt, serr = fmt.Sscan("x", &a)
	fmt.Println(cnt, serr)
	cnt, serr = fmt.Sscan("", &a)
	fmt.Println(cnt, serr)

	fmt.Println(strconv.FormatFloat(1.0/3, 'g', -1, 64), strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(1e21, 'e', 3, 64))
	v, perr := strconv.ParseFloat("1e400", 64)
	fmt.Println(v, perr)
	v, perr = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(v, perr)
	_, perr = strconv.ParseFloat("abc", 64)
	fmt.Println(perr)
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 1.5, 'f', 2, 64)))
}
