package main

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Tags []string
}

func main() {
	p := Point{Y: 2}
	l := Line{A: p, B: Point{3, 4}, Tags: []string{"x"}}
	pts := []Point{{1, 2}, {X: 3}}
	pp := []*Point{{5, 6}}
	arr := [...]int{2: 7, 9}
	m := map[Point]string{{1, 1}: "one"}
	q := &Point{7, 8}
	r := &[2]int{1, 2}
	l.A = l.B
	println(p.X, l.A.X, len(pts), pp[0].Y, arr[3], m[Point{1, 1}], q.X, r[1])
}
