package main

type Stringer interface{ String() string }

type Base struct{ id int }

func (b Base) String() string { return "base" }
func (b *Base) SetID(id int)  { b.id = id }

type Named struct {
	Base
	name string
}

type Counter int

func (c *Counter) Inc() { *c++ }

func show(s Stringer) string { return s.String() }

func main() {
	n := Named{Base{1}, "n"}
	n.SetID(2)
	println(n.String(), n.id, show(n), show(&n))
	var c Counter
	c.Inc()
	f := n.String
	g := (*Base).SetID
	h := Base.String
	g(&n.Base, 5)
	println(f(), h(n.Base), c)
	var s Stringer = &n
	m := s.String
	println(m())
}
