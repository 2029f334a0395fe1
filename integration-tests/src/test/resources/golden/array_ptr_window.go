package main

import "fmt"

// (*[N]T)(s) must alias s's backing array even when s is a window of it (offset, shorter).
func main() {
	backing := make([]int, 8)
	for i := range backing {
		backing[i] = i * 10
	}
	s := backing[2:6]
	p := (*[3]int)(s)
	p[0] = -1           // element 2 of backing
	(*p)[2] = -3        // element 4 through an explicit deref
	fmt.Println(backing, *p, len(p))
	fmt.Println(&p[1] == &backing[3], &p[0] == &s[0])

	q := p[1:]          // slicing through the window
	q[0] = 333
	fmt.Println(backing, len(q), cap(q))
	r := p[:2:2]
	fmt.Println(r, len(r), cap(r))

	*p = [3]int{7, 8, 9} // assignment through the pointer writes the window
	fmt.Println(backing)
	v := *p              // a copy
	v[0] = 100
	fmt.Println(backing[2], v)

	for i, x := range p {
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println()

	whole := (*[8]int)(backing)
	fmt.Println(&whole[0] == &backing[0], whole[7])

	strs := []string{"a", "b", "c", "d"}
	sp := (*[2]string)(strs[1:])
	sp[1] = "C"
	fmt.Println(strs, (*[2]string)(strs[1:]) == sp, (*[2]string)(strs[2:]) == sp)

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = p[len(s)-1] // index 3 is out of range for [3]int
}
