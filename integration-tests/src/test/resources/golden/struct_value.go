// Structs are values: copies on assignment, comparison with ==, nested structs and arrays.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	Tags     [2]string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	fmt.Println(move(p, 5), p)
	r := Rect{Min: p, Max: Point{3, 4}, Name: "r", Tags: [2]string{"a", "b"}}
	s := r
	s.Min.Y = 100
	s.Tags[0] = "z"
	fmt.Println(r, s)
	fmt.Printf("%v\n%+v\n", r, s)
	fmt.Println(r == s, r.Max == s.Max)
	var zero Rect
	fmt.Printf("%+v %v\n", zero, zero.Min == Point{})
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 99
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 99
	}
	fmt.Println(pts)
	anon := struct {
		A int
		B string
	}{1, "x"}
	other := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon, anon == other)
	m := map[string]Point{"a": {1, 2}}
	v := m["a"]
	v.X = 50
	fmt.Println(m, v)
}
