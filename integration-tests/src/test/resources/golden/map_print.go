// fmt prints maps with keys sorted, for every ordered key type.
package main

import "fmt"

func main() {
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "Mid": 3, "": 4})
	fmt.Println(map[int]bool{10: true, -5: false, 3: true, 0: false})
	fmt.Println(map[float64]string{2.5: "b", -1: "a", 100: "c"})
	fmt.Println(map[rune]int{'c': 3, 'a': 1, 'b': 2})
	fmt.Printf("%v\n", map[uint8][]int{3: {1}, 1: nil, 2: {2, 2}})
	fmt.Printf("%+v\n", map[string]struct{ N int }{"b": {2}, "a": {1}})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Println(map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {}})
}
