package main

import "fmt"

type Vec [3]float64

type Grid [2][3]int

type A struct {
	X, Y int
}
type B A

type Config struct {
	Name  string
	Ports [2]int
	Inner struct{ On bool }
	Tags  map[string]string
}

var global = Config{Name: "g", Ports: [2]int{80, 443}}
var counter int
var gp = &counter

func bump() int {
	counter++
	return counter
}

func main() {
	var v Vec
	v[1] = 2.5
	w := v
	w[0] = 1
	fmt.Println(v, w, v == w)
	var g Grid
	g[1][2] = 7
	h := g
	h[0][0] = 1
	fmt.Println(g, h, len(g), len(g[0]))
	a := A{1, 2}
	b := B(a)
	b.X = 9
	fmt.Println(a, b)
	c := global
	c.Ports[0] = 8080
	c.Inner.On = true
	fmt.Println(global, c.Ports, c.Inner)
	p := &global.Ports
	p[1] = 8443
	fmt.Println(global.Ports)
	*gp += 5
	bump()
	fmt.Println(counter, *gp)
	pa := &a
	pa.X = 42
	q := *pa
	q.Y = 0
	fmt.Println(a, q)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", arr, len(arr))
	type local struct{ n int }
	ls := []local{{1}, {2}}
	fmt.Printf("%v %+v\n", ls, ls[1])
	x := 5
	px := &x
	ppx := &px
	**ppx = 6
	fmt.Println(x, *px == 6)
	fmt.Printf("%T %T %T\n", v, g, b)
}
