package main

type P struct{ x, y int }

func two() (int, string) { return 1, "one" }

func main() {
	a, b := 1, 2
	a, b = b, a
	xs := []int{0, 0, 0}
	i := 0
	i, xs[i] = 1, 2
	m := map[string]int{}
	m["k"] += 5
	m["k"]++
	p := P{1, 2}
	p.x++
	pp := &p
	pp.y *= 3
	n, s := two()
	n, t := two()
	_, _ = s, t
	v, ok := m["z"]
	var e interface{} = p
	q, ok2 := e.(P)
	println(a, b, i, xs[0], n, v, ok, q.x, ok2)
}
