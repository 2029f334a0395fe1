// Methods promoted through embedded fields of unnamed struct types are callable through interfaces.
package main

import "fmt"

type T struct{ n int }

func (t T) M()             { fmt.Println("T.M", t.n) }
func (t *T) Inc()          { t.n++ }
func (t T) Get() int       { return t.n }
func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

type Level int

func (l Level) Name() string { return fmt.Sprintf("level-%d", int(l)) }

type Inner struct{ T }

func main() {
	var s interface{ M() } = struct{ T }{T{1}}
	s.M()

	p := &struct {
		*T
		tag string
	}{&T{5}, "x"}
	var inc interface {
		Inc()
		Get() int
	} = p
	inc.Inc()
	fmt.Println(inc.Get(), p.n)

	var st fmt.Stringer = struct{ Inner }{Inner{T{7}}}
	fmt.Println(st.String())

	var named interface{ Name() string } = struct {
		Level
		x int
	}{Level(3), 0}
	fmt.Println(named.Name())

	var any1 any = struct{ T }{T{9}}
	var m interface{ M() } = any1.(struct{ T })
	m.M()
}
