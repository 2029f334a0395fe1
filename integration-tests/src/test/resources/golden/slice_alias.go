// Slices share their backing array until append reallocates.
package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func grow(s []int) []int {
	return append(s, 99)
}

func main() {
	a := make([]int, 3, 10)
	b := a[1:2]
	fill(b, 7)
	fmt.Println(a, b)
	c := grow(a)
	d := grow(a)
	c[0] = 1
	fmt.Println(a, c, d)
	full := []int{1, 2, 3}
	e := grow(full)
	e[0] = 100
	fmt.Println(full, e)
	b = b[:cap(b)]
	fmt.Println(len(b), b[2])
	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 5
	fmt.Println(matrix)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS), nilS[:0] == nil)
	nilS = append(nilS, 1)
	fmt.Println(nilS, nilS == nil)
	emptyS := []int{}
	fmt.Println(emptyS == nil, len(emptyS))
}
