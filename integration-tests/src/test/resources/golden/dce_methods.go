// Methods that only an interface, a type assertion, the runtime or a wrapper reaches survive dead-code
// elimination (reach.Reach); the program prints what each of them returns.
// EXIT 2
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type celsius float64

// String is called only by fmt, through its Stringer interface.
func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type shouter struct{ word string }

// Shout is reached only through a type switch to an interface nobody calls elsewhere.
func (s shouter) Shout() string { return strings.ToUpper(s.word) + "!" }

type loud interface{ Shout() string }

type inner struct{ n int }

func (i *inner) Bump() int { i.n++; return i.n }
func (i inner) Value() int  { return i.n }

// outer gets Bump and Value by promotion; Value is used only as a method value.
type outer struct {
	*inner
	name string
}

type bumper interface{ Bump() int }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type notFound struct{ key string }

func (e *notFound) Error() string { return "not found: " + e.key }

func lookup(k string) error { return &notFound{k} }

func describe(v interface{}) string {
	switch x := v.(type) {
	case loud:
		return "loud " + x.Shout()
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return "plain"
}

type panicky struct{ code int }

// Error is called only by the runtime's panic printer.
func (p panicky) Error() string { return fmt.Sprint("panicky code ", p.code) }

func main() {
	fmt.Println(celsius(21.5))
	fmt.Println(describe(shouter{"hey"}), describe(celsius(3)), describe(42))
	o := outer{&inner{1}, "o"}
	var b bumper = o
	fmt.Println(b.Bump(), o.Bump())
	get := o.Value
	fmt.Println(get())
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
	err := lookup("k")
	var nf *notFound
	fmt.Println(err, errors.As(err, &nf), nf.key)
	_, isLoud := interface{}(celsius(1)).(loud)
	fmt.Println(isLoud)
	panic(panicky{7})
}
