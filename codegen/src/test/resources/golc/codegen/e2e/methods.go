package main

import "fmt"

type Counter int

func (c *Counter) Inc()         { *c++ }
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", int(c)) }

type Incer interface{ Inc() }

type Node struct {
	v    int
	next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

type Lener interface{ Len() int }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Top() int { return s[len(s)-1] }

type Pair struct{ a, b int }

func (p Pair) Sum() int     { return p.a + p.b }
func (p *Pair) Swap()       { p.a, p.b = p.b, p.a }
func (p Pair) With(a int) Pair { p.a = a; return p }

func main() {
	var c Counter
	var i Incer = &c
	i.Inc()
	i.Inc()
	fmt.Println(c, int(c))
	var s fmt.Stringer = c
	fmt.Println(s.String())
	s = &c
	fmt.Println(s.String())

	var n *Node
	var l Lener = n
	fmt.Println(l != nil, l.Len())
	n = &Node{1, &Node{2, nil}}
	l = n
	fmt.Println(l.Len())

	var st Stack
	st.Push(1)
	st.Push(2)
	st.Push(3)
	fmt.Println(st.Pop(), st.Top(), st, len(st))

	p := Pair{1, 2}
	sum := p.Sum
	swap := p.Swap
	p.a = 10
	swap()
	fmt.Println(sum(), p, p.With(7), p)
	f := (*Pair).Swap
	f(&p)
	g := Pair.Sum
	fmt.Println(p, g(p))
	ps := []Pair{{1, 2}, {3, 4}}
	for i := range ps {
		ps[i].Swap()
	}
	fmt.Println(ps)
	m := map[string]*Pair{"x": {5, 6}}
	m["x"].Swap()
	fmt.Println(*m["x"])
}
