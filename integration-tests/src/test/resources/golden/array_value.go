// Arrays are values: assignment, passing and ranging copy them; == compares elements.
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a != b)
	c := double(a)
	fmt.Println(a, c)
	doubleInPlace(&a)
	fmt.Println(a, a == c)
	for i, v := range a {
		a[2] = 99
		fmt.Println(i, v)
	}
	fmt.Println(a)
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(len(d), d, d[1] == "")
	var z [4]bool
	fmt.Println(z, len(z))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := grid[1]
	row[0] = 40
	fmt.Println(grid, row)
	grid[0] = row
	fmt.Println(grid)
	fmt.Printf("%v %T\n", grid, grid)
}
