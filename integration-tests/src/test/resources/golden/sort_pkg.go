// sort: Ints, Strings, Float64s, sort.Sort on a custom type, sort.Search.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ints := []int{5, 2, 8, -1, 0, 5}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
	words := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6), sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 8 }))
}
