package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	fmt.Println(s, s[2:5], s[:3], s[7:], len(s[2:5]), cap(s[2:5]))
	t := make([]string, 3, 5)
	t[1] = "x"
	fmt.Printf("%q\n", t)
	u := append(t[:1], "a", "b")
	fmt.Println(t, u)
	n := copy(t, []string{"p", "q", "r", "s"})
	fmt.Println(n, t)
	fmt.Println(sum(), sum(1, 2, 3), sum(s...))
	m := [][]int{{1}, {2, 3}}
	m[1] = append(m[1], 4)
	fmt.Println(m, len(m[1]))
	type P struct{ A, B int }
	ps := []P{{1, 2}, {3, 4}}
	for _, p := range ps {
		p.A = 100
	}
	for i := range ps {
		ps[i].B *= 10
	}
	fmt.Println(ps)
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b))
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl[0] = 20
	fmt.Println(arr, sl, cap(sl))
}
