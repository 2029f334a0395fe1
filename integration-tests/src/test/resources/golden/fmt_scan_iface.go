// Package fmt: Sscan/Sscanf/Sscanln/Fscan, Errorf with %w, and Formatter/GoStringer/Stringer/error dispatch.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type point struct{ X, Y int }

func (p point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p point) GoString() string { return fmt.Sprintf("point{%d, %d}", p.X, p.Y) }

// money implements Formatter: it sees the verb, flags, width and precision.
type money int64

func (m money) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100)
		if f.Flag('+') {
			s = "+" + s
		}
		if hasW && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		// Width and Precision are only meaningful when reported present.
		fmt.Fprintf(f, "%d cents", int64(m))
		if hasW {
			fmt.Fprintf(f, " w=%d", w)
		}
		if hasP {
			fmt.Fprintf(f, " p=%d", p)
		}
		fmt.Fprintf(f, " #=%v", f.Flag('#'))
	default:
		fmt.Fprintf(f, "%%!%c(money=%d)", verb, int64(m))
	}
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("error code %d", e.code) }

type both struct{}

func (both) Error() string  { return "from Error" }
func (both) String() string { return "from String" }

type panicky struct{}

func (panicky) String() string { panic("boom") }

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20 word 2.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("1\n\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	var r rune
	var u uint8
	var x int
	var bo bool
	n, err = fmt.Sscanf("ff 0x1F Z true", "%x %v %c %t", &x, &u, &r, &bo)
	fmt.Println(n, err, x, u, string(r), bo)
	n, err = fmt.Sscanf("3-4", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("3 4", "%d-%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5 6\n7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5\n6", &a, &b)
	fmt.Println(n, err)
	var q string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &q, &s)
	fmt.Println(n, err, q, s)
	rd := strings.NewReader("1 2 3\n4 5\n")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(rd, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	rd = strings.NewReader("a 1\nb 2\n")
	for {
		var k string
		var v int
		if _, err := fmt.Fscanln(rd, &k, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(k, v)
	}
	rd = strings.NewReader("x=1,y=2")
	var xx, yy int
	n, err = fmt.Fscanf(rd, "x=%d,y=%d", &xx, &yy)
	fmt.Println(n, err, xx, yy)

	// Errorf and %w.
	base := &myErr{7}
	e1 := fmt.Errorf("layer1: %w", base)
	e2 := fmt.Errorf("layer2 (%d): %w", 2, e1)
	fmt.Println(e2)
	var me *myErr
	fmt.Println(errors.As(e2, &me), me.code, errors.Is(e2, base), errors.Unwrap(e2) == e1)
	e3 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("bad verb %w", "not an error")
	fmt.Println(e4)
	e5 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	fmt.Printf("%T %T\n", e1, e3)

	// Dispatch.
	p := point{1, 2}
	fmt.Printf("%v %+v %#v %s %d %T\n", p, p, p, p, p, p)
	fmt.Printf("%v %#v\n", &p, []point{p})
	fmt.Println(p, []point{p, {3, 4}}, map[string]point{"k": p})
	m := money(12345)
	fmt.Printf("[%v] [%+v] [%12v] [%-12s|] [%d] [%8.3d] [%#d] [%x]\n", m, m, m, m, m, m, m, m)
	fmt.Println(m, []money{1, 250})
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%v", &m) != "")
	var err1 error = &myErr{3}
	fmt.Println(err1)
	fmt.Printf("%v %s %q %x %d\n", err1, err1, err1, err1, err1)
	fmt.Println(both{})
	fmt.Printf("%v %s\n", both{}, both{})
	fmt.Println(panicky{})
	fmt.Printf("%d|%s\n", panicky{}, panicky{})
	var np *point
	fmt.Println(np)
	fmt.Printf("%v %+v %s\n", np, np, np)
	fmt.Fprintln(os.Stdout, "to", "Stdout", 1)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%05.1f|%x|%X|%o|%b|%U|%c|%8.3s|", 3.14159, "hi", []byte("hi"), 8, 5, 'é', 'é', "abcdef")
	fmt.Println(sb.String())
	fmt.Println(fmt.Sprintln("a", 1, "b") + fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
}
