package main

import "fmt"

type T struct{ f int }

type Holder struct {
	ptrs [2]*T
	vals [2]T
}

func main() {
	x, y := T{1}, T{2}
	a := [2]*T{&x, &y}
	b := a
	b[0].f = 5
	fmt.Println(x.f, a[0] == b[0], *a[0])
	v := [2]T{x, y}
	w := v
	w[1].f = 9
	fmt.Println(v, w, v == w)
	h := Holder{ptrs: a, vals: v}
	h2 := h
	h2.ptrs[1].f = 7
	h2.vals[0].f = 0
	fmt.Println(y.f, h.vals, h2.vals)
	p := &v
	p[0].f = 42
	q := p
	*q = [2]T{{3}, {4}}
	fmt.Println(v, *p)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][0] = "z"
	fmt.Println(grid, g2)
	s := grid[:]
	s[0][1] = "B"
	fmt.Println(grid[0], len(s))
	ap := (*[2]int)([]int{10, 20})
	fmt.Println(ap[1], len(ap))
}
