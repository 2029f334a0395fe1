// Method values bind their receiver when evaluated; method expressions take it as a parameter.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int         { return p.X + p.Y }
func (p *Point) Scale(k int)     { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	p := Point{1, 2}
	sum := p.Sum
	p.X = 100
	fmt.Println(sum(), p.Sum())
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	fsum := Point.Sum
	fmt.Println(fsum(Point{3, 4}))
	fscale := (*Point).Scale
	fscale(&p, 10)
	fmt.Println(p)
	add := Point.Add
	fmt.Println(add(Point{1, 1}, Point{2, 2}))
	psum := (*Point).Sum
	fmt.Println(psum(&p))
	fns := []func() int{p.Sum, Point{5, 5}.Sum}
	for _, f := range fns {
		fmt.Println(f())
	}
	fmt.Printf("%T %T\n", fsum, fscale)
}
