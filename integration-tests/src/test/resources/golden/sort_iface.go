// Package sort: Sort/Stable/IsSorted on interfaces, Reverse, Slice/SliceStable, Search and the typed helpers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

// byAge sorts people by age; Stable keeps the input order of equal ages.
type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// multiKey sorts by several keys in order.
type multiKey struct {
	people []person
	less   []func(a, b *person) bool
}

func (m *multiKey) Len() int      { return len(m.people) }
func (m *multiKey) Swap(i, j int) { m.people[i], m.people[j] = m.people[j], m.people[i] }
func (m *multiKey) Less(i, j int) bool {
	p, q := &m.people[i], &m.people[j]
	for k := 0; k < len(m.less)-1; k++ {
		switch {
		case m.less[k](p, q):
			return true
		case m.less[k](q, p):
			return false
		}
	}
	return m.less[len(m.less)-1](p, q)
}

func main() {
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 20}, {"eve", 25}, {"frank", 30}}
	s := append([]person(nil), people...)
	sort.Stable(byAge(s))
	fmt.Println(s, sort.IsSorted(byAge(s)))
	sort.Sort(sort.Reverse(byAge(s)))
	fmt.Println(sort.IsSorted(byAge(s)), sort.IsSorted(sort.Reverse(byAge(s))), s[0].age, s[len(s)-1].age)
	m := &multiKey{people: append([]person(nil), people...), less: []func(a, b *person) bool{
		func(a, b *person) bool { return a.age > b.age },
		func(a, b *person) bool { return a.name < b.name },
	}}
	sort.Sort(m)
	fmt.Println(m.people)

	s = append([]person(nil), people...)
	sort.SliceStable(s, func(i, j int) bool { return len(s[i].name) < len(s[j].name) })
	fmt.Println(s)
	sort.Slice(s, func(i, j int) bool { return s[i].name > s[j].name })
	fmt.Println(s, sort.SliceIsSorted(s, func(i, j int) bool { return s[i].name > s[j].name }))

	// A larger input, to go past the insertion-sort cut-off.
	big := make([]int, 500)
	for i := range big {
		big[i] = (i * 7919) % 503
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[250], big[499])
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	fl := []float64{2.5, -1, 3.25, 0, -7.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	sort.Sort(sort.Reverse(sort.IntSlice(big[:10])))
	fmt.Println(big[:10])
	sort.Sort(sort.StringSlice(words))
	fmt.Println(sort.StringSlice(words).Search("lazy"), sort.SearchStrings(words, "fox"), sort.SearchStrings(words, "zzz"))

	nums := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(nums, 7), sort.SearchInts(nums, 8), sort.SearchInts(nums, 0), sort.SearchInts(nums, 12))
	fmt.Println(sort.SearchFloat64s([]float64{1, 2.5, 4}, 2.5))
	i := sort.Search(len(nums), func(i int) bool { return nums[i] >= 6 })
	fmt.Println(i, nums[i])
	// Guessing game from the sort.Search documentation: find x in [0, 100) with 7 questions.
	secret := 42
	guess := sort.Search(100, func(n int) bool { return n >= secret })
	fmt.Println("found", guess)
	fmt.Println(sort.Search(0, func(int) bool { return true }))
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1), is.Search(2))
}
