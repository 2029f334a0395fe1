package main

import (
	"errors"
	"fmt"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

type Logger interface{ Log(string) }

type prefixLogger struct{ prefix string }

func (p *prefixLogger) Log(s string) { fmt.Println(p.prefix + s) }

type Service struct {
	Logger
	name string
}

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f deg", float64(*t)) }

type wrapErr struct {
	op  string
	err error
}

func (w *wrapErr) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

var ErrBase = errors.New("base")

func main() {
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("abc"))
	s := Service{&prefixLogger{"> "}, "svc"}
	s.Log("hello")
	var l Logger = s
	l.Log("via iface")
	fmt.Println(Names{"a", "b"})
	t := Temp(21.5)
	fmt.Println(t, &t)
	var e error = &wrapErr{"read", ErrBase}
	fmt.Println(e, errors.Is(e, ErrBase), errors.Unwrap(e) == ErrBase)
	fmt.Printf("%v|%s|%d|%5.2f|%-4s|%q|%x\n", []int{1, 2}, "s", 42, 3.14159, "ab", 'x', "hi")
	fmt.Printf("%v %+v %T\n", s.name, struct{ A, B int }{1, 2}, e)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	fmt.Println(m, len(m["zz"]))
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for _, w := range strings.Fields("b a c") {
		kvs = append(kvs, kv{w, len(w)})
	}
	fmt.Println(kvs)
}
