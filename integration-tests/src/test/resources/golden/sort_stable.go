// sort.SliceStable and sort.Stable keep equal elements in order; sort.Sort with a multi-key Less.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type byAge []Person

func (p byAge) Len() int           { return len(p) }
func (p byAge) Less(i, j int) bool { return p[i].Age < p[j].Age }
func (p byAge) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func main() {
	people := []Person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 25}, {"Eve", 35}, {"Fay", 30}}
	a := append([]Person(nil), people...)
	sort.SliceStable(a, func(i, j int) bool { return a[i].Age < a[j].Age })
	fmt.Println(a)
	b := append([]Person(nil), people...)
	sort.Stable(sort.Reverse(byAge(b)))
	fmt.Println(b)
	c := append([]Person(nil), people...)
	sort.Slice(c, func(i, j int) bool {
		if c[i].Age != c[j].Age {
			return c[i].Age > c[j].Age
		}
		return c[i].Name < c[j].Name
	})
	fmt.Println(c)
	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "apple"))
	fmt.Println(sort.IsSorted(byAge(a)), sort.SliceIsSorted(c, func(i, j int) bool { return c[i].Age > c[j].Age }))
}
