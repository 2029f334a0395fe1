// Map keys of struct, array, float, bool and pointer type use Go equality.
package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	At   Point
}

func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{2, 1}] = "b"
	grid[Point{1, 2}] = "c"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)
	nested := map[Key]int{{"x", Point{0, 0}}: 1}
	nested[Key{"x", Point{0, 0}}]++
	fmt.Println(nested)
	arr := map[[2]int]bool{{1, 2}: true}
	fmt.Println(arr[[2]int{1, 2}], arr[[2]int{2, 1}])
	fl := map[float64]int{0.5: 1}
	fl[1.0/2] += 1
	fmt.Println(fl)
	bm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bm[1 > 0], bm)
	p1, p2 := &Point{}, &Point{}
	pm := map[*Point]int{p1: 1, p2: 2}
	fmt.Println(len(pm), pm[p1], pm[p2])
}
