// Generates fmt_cases.txt with real Go: operand sets (named here and rebuilt by name in
// PrinterTest.java) formatted with many formats.
//   cd this dir && GOCACHE=/tmp/gocache GO111MODULE=off /usr/lib/go-1.19/bin/go run gen_fmt.go
// Line: set name TAB strconv.Quote(format) TAB strconv.Quote(output). The format "PRINT" means
// Sprint(set...), "PRINTLN" Sprintln(set...), "ERRORF:f" Errorf(f, set...) shown as %T|Error()|unwrapped.
// Addresses (0x and 6+ hex digits) are written as 0xADDR.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
)

type T struct{ X, Y int }

type Person struct {
	Name string
	Age  int
	tags []string
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return "PS" + strconv.Itoa(p.N) }

type Panicky int

func (Panicky) String() string { panic("boom") }

type GS struct{ A int }

func (GS) GoString() string { return "GS!" }

type MyInt int

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type Inner struct {
	A int
	B string
}

type Outer struct {
	I   Inner
	P   *Inner
	S   []int
	M   map[string]int
	E   error
	Any any
	w   Weekday
	D   Weekday
}

type MyBytes []byte

// Fm reports what its Format method sees.
type Fm int

func (x Fm) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	// Without ok, Go returns whatever an earlier Printf left (pooled printers): not reproducible.
	if !wok {
		w = -1
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "<%c %d %v %d %v %v%v%v%v%v %d>", c, w, wok, p, pok,
		f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'), int(x))
}

type HasFm struct {
	F Fm
	g Fm
}

var base = errors.New("base")

// Errorf cases: format and operands (base is the error to wrap).
var errorfCases = []struct {
	name   string
	format string
	args   []any
}{
	{"wrap", "ctx: %w", []any{base}},
	{"wrapmid", "a %d %w z", []any{1, base}},
	{"wraptwice", "%w %w", []any{base, base}},
	{"wrapnonerr", "%w", []any{7}},
	{"wrapnil", "%w", []any{nil}},
	{"noverbwrap", "%v", []any{base}},
	{"wrapflags", "%+10w|", []any{base}},
}

var sets = []struct {
	name string
	args []any
	addr bool // holds pointers: only address-free formats
}{
	{"int42", []any{42}, false},
	{"intneg", []any{-7}, false},
	{"int0", []any{0}, false},
	{"int8min", []any{int8(-128)}, false},
	{"int16", []any{int16(1234)}, false},
	{"int32", []any{int32(65)}, false},
	{"int64max", []any{int64(math.MaxInt64)}, false},
	{"int64min", []any{int64(math.MinInt64)}, false},
	{"uint8", []any{uint8(200)}, false},
	{"uint16", []any{uint16(65535)}, false},
	{"uint32max", []any{uint32(math.MaxUint32)}, false},
	{"uint64max", []any{uint64(math.MaxUint64)}, false},
	{"uint", []any{uint(12345)}, false},
	{"uintptr", []any{uintptr(4096)}, false},
	{"rune", []any{'☺'}, false},
	{"runebig", []any{rune(0x10FFFF + 1)}, false},
	{"float", []any{3.14159}, false},
	{"floatbig", []any{1e21}, false},
	{"floatsmall", []any{1e-7}, false},
	{"float20", []any{123456789012345678901.0}, false},
	{"floatneg0", []any{math.Copysign(0, -1)}, false},
	{"floatinf", []any{math.Inf(1)}, false},
	{"floatninf", []any{math.Inf(-1)}, false},
	{"floatnan", []any{math.NaN()}, false},
	{"float32", []any{float32(0.1)}, false},
	{"float32big", []any{float32(1e10)}, false},
	{"floatint", []any{100.0}, false},
	{"complex", []any{complex(1.5, -2)}, false},
	{"complex64", []any{complex64(complex(0.1, 3))}, false},
	{"true", []any{true}, false},
	{"false", []any{false}, false},
	{"str", []any{"hello"}, false},
	{"strempty", []any{""}, false},
	{"strutf8", []any{"héllo, 世界"}, false},
	{"strctl", []any{"a\tb\nc\x00\x7f\"\\"}, false},
	{"strbad", []any{"a\xffb\xc0"}, false},
	{"strbq", []any{"back`quote"}, false},
	{"bytes", []any{[]byte("hi!")}, false},
	{"bytesnil", []any{[]byte(nil)}, false},
	{"mybytes", []any{MyBytes("ok")}, false},
	{"bytearr", []any{[3]byte{1, 2, 255}}, false},
	{"ints", []any{[]int{1, 2, 3}}, false},
	{"intsnil", []any{[]int(nil)}, false},
	{"intsempty", []any{[]int{}}, false},
	{"strs", []any{[]string{"a", "b c"}}, false},
	{"arr", []any{[2]float64{0.5, 1e30}}, false},
	{"anys", []any{[]any{1, "x", nil, 2.5, true}}, false},
	{"map", []any{map[string]int{"b": 2, "a": 1, "c": 3}}, false},
	{"mapint", []any{map[int]string{3: "c", -1: "a", 2: "b"}}, false},
	{"mapnil", []any{map[string]int(nil)}, false},
	{"mapfloat", []any{map[float64]bool{math.NaN(): true, -1: false, 2.5: true, math.Inf(-1): false}}, false},
	{"mapbool", []any{map[bool]int{true: 1, false: 0}}, false},
	{"mapstruct", []any{map[T]string{{2, 1}: "b", {1, 5}: "a", {1, 2}: "c"}}, false},
	{"mapiface", []any{map[any]int{3: 1, 1: 2, nil: 0, 2: 3}}, false},
	{"struct", []any{T{1, 2}}, false},
	{"person", []any{Person{"Al", 30, []string{"x"}}}, false},
	{"ptrstruct", []any{&T{3, 4}}, false},
	{"ptrints", []any{&[]int{7}}, false},
	{"ptrmap", []any{&map[string]int{"k": 1}}, false},
	{"celsius", []any{Celsius(21.5)}, false},
	{"celsiuss", []any{[]Celsius{1, 2}}, false},
	{"myerr", []any{&MyErr{7}}, false},
	{"errnew", []any{errors.New("plain")}, false},
	{"psval", []any{PtrStringer{5}}, false},
	{"psptr", []any{&PtrStringer{6}}, false},
	{"panicky", []any{Panicky(1)}, false},
	{"gs", []any{GS{1}}, false},
	{"gsptr", []any{[]GS{{2}}}, false},
	{"myint", []any{MyInt(9)}, false},
	{"weekday", []any{Weekday(1)}, false},
	{"outer", []any{Outer{I: Inner{1, "x"}, S: []int{1}, M: map[string]int{"z": 26}, E: &MyErr{3}, Any: 2.5, w: 2, D: 1}}, true},
	{"outernil", []any{Outer{}}, false},
	{"outerptr", []any{Outer{P: &Inner{2, "y"}}}, true},
	{"nil", []any{nil}, false},
	{"nilptr", []any{(*T)(nil)}, false},
	{"nilerr", []any{(*MyErr)(nil)}, false},
	{"ptrint", []any{new(int)}, true},
	{"structanon", []any{struct {
		A int
		b string
	}{1, "z"}}, false},
	{"nested", []any{[][]int{{1}, {2, 3}}}, false},
	{"funcnil", []any{(func())(nil)}, false},
	{"channil", []any{(chan int)(nil)}, false},
	{"fm", []any{Fm(3)}, false},
	{"fms", []any{[]Fm{1, 2}}, false},
	{"hasfm", []any{HasFm{4, 5}}, false},
}

var formats = []string{
	"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%e", "%E", "%f", "%F", "%g", "%G",
	"%t", "%c", "%U", "%#U", "%p", "%w", "%z", "%8.3f|", "%-8d|", "%08d|", "%+d", "% d", "%#x", "% x", "%# X", "%.2s",
	"%10s|", "%-10v|", "%#o", "%.0f", "%6.2e", "%+.3g", "%#g", "%#.3x", "%.3d", "%+q", "%#q", "%x|%X", "%010.4f",
	"%-010v|", "%+.1e", "% .2f", "%#v|%+v", "%5t", "%.1v", "%3c|", "%-5q|", "%#b", "%.*d", "%[1]v %[1]T",
}

var multi = []struct {
	name   string
	format string
	args   []any
}{
	{"two", "%d %s", []any{1, "a"}},
	{"extra", "%d", []any{1, 2, "x"}},
	{"extranil", "x", []any{nil, 3}},
	{"missing", "%d %d %v", []any{1}},
	{"noverb", "%", []any{}},
	{"noverb2", "%-5", []any{1}},
	{"percent", "100%% %d%%", []any{5}},
	{"star", "%*d|%-*d|", []any{5, 1, 4, 2}},
	{"starneg", "%*d|", []any{-4, 7}},
	{"starprec", "%.*f|%*.*f|", []any{2, 3.14159, 8, 3, 2.5}},
	{"badwidth", "%*d", []any{"x", 1}},
	{"badprec", "%.*d|", []any{"x", 1}},
	{"bigwidth", "%*d", []any{10000000, 1}},
	{"index", "%[2]d %[1]d", []any{1, 2}},
	{"index3", "%[3]*.[2]*[1]f|", []any{12.0, 2, 6}},
	{"badindex", "%[5]d %[0]d %[x]d", []any{1}},
	{"indexafter", "%[1]d %d %d", []any{1, 2}},
	{"indexunclosed", "%[1d", []any{1}},
	{"unicodeverb", "%☺", []any{1}},
	{"widthunicode", "%6s|%-6q|", []any{"世界", "é"}},
	{"nilverbs", "%d %s %v", []any{nil, nil, nil}},
	{"uintstar", "%*d", []any{uint(3), 9}},
	{"wrapnotErrorf", "%w", []any{errors.New("e")}},
	{"mixed", "%v and %v", []any{T{1, 2}, []string{"q"}}},
}

var addrRE = regexp.MustCompile(`0x[0-9a-f]{6,}`)

func main() {
	f, _ := os.Create("fmt_cases.txt")
	w := bufio.NewWriter(f)
	out := func(name, format, result string) {
		fmt.Fprintf(w, "%s\t%s\t%s\n", name, strconv.Quote(format), strconv.Quote(addrRE.ReplaceAllString(result, "0xADDR")))
	}
	for _, s := range sets {
		for _, format := range formats {
			if s.addr && format != "%v" && format != "%+v" && format != "%T" && format != "%p" && format != "%#v" {
				continue
			}
			args := s.args
			if format == "%.*d" {
				args = append([]any{2}, args...)
			}
			if format == "%x|%X" || format == "%#v|%+v" {
				args = append(append([]any{}, args...), args...)
			}
			out(s.name, format, fmt.Sprintf(format, args...))
		}
		out(s.name, "PRINT", fmt.Sprint(s.args...))
		out(s.name, "PRINTLN", fmt.Sprintln(s.args...))
	}
	for _, m := range multi {
		out(m.name, m.format, fmt.Sprintf(m.format, m.args...))
	}
	for _, c := range errorfCases {
		err := fmt.Errorf(c.format, c.args...)
		wrapped := "none"
		if errors.Unwrap(err) == base {
			wrapped = "base"
		}
		out(c.name, "ERRORF:"+c.format, fmt.Sprintf("%T|%s|%s", err, err.Error(), wrapped))
	}
	// Print spacing: strings vs non-strings.
	out("printmix", "PRINT", fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, 4))
	out("printmix", "PRINTLN", fmt.Sprintln("a", 1, 2, "b", "c", 3.5, nil, 4))
	w.Flush()
	f.Close()
}
