package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p.Add(q))
	p.Scale(3)
	fmt.Println(p)
	pp := &p
	pp.Y = 100
	fmt.Println(p, *pp)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	r2 := r
	r2.Max.X = 5
	fmt.Println(r.Area(), r2.Area(), r)
	fmt.Printf("%v %+v\n", r, r2)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, arr == arr2)
	var x *Point
	fmt.Println(x == nil)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon)
}
