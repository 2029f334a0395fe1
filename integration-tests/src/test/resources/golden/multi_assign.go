// Tuple assignment evaluates all operands first: swaps, index expressions and order of evaluation.
package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	x := []int{1, 2, 3}
	j := 0
	j, x[j+1] = 2, j+100
	fmt.Println(j, x)
	trace := func(name string, v int) int {
		fmt.Println("eval", name)
		return v
	}
	m := map[int]int{}
	m[trace("key", 1)], a = trace("val", 2), trace("a", 3)
	fmt.Println(m, a)
	var arr [3]int
	k := 0
	arr[k], k = 5, 2
	fmt.Println(arr, k)
}
