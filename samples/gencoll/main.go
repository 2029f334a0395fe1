// gencoll shows a small generic collection library (coll.go) at work: Map/Filter/Reduce over slices, a
// Set, an OrderedMap kept sorted by key, and a linked List, each instantiated with several types.
//
//	./golc run samples/gencoll
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type employee struct {
	name   string
	dept   string
	salary float64
}

func (e employee) String() string { return fmt.Sprintf("%s(%s, %.0f)", e.name, e.dept, e.salary) }

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity`

func main() {
	nums := []int{4, 8, 15, 16, 23, 42}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	sum := Reduce(nums, 0, func(acc, n int) int { return acc + n })
	fmt.Println("squares:", squares)
	fmt.Println("evens:", evens, "sum:", sum, "max:", Max(nums[0], nums[1:]...))
	fmt.Println("as text:", Join(nums, "+", strconv.Itoa), "=", Reduce(nums, "", func(acc string, n int) string {
		return acc + strconv.Itoa(n%10)
	}))
	fmt.Println("max string:", Max("pear", "apple", "zucchini", "fig"), "max float:", Max(2.5, -1.0, 9.75))

	// Word frequencies in an OrderedMap: iteration is in key order, unlike a Go map.
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	freq := NewOrderedMap[string, int]()
	for _, w := range words {
		freq.Update(w, func(n int) int { return n + 1 })
	}
	fmt.Println("distinct words:", freq.Len())
	common := Filter(freq.Pairs(), func(p Pair[string, int]) bool { return p.Val >= 4 })
	fmt.Println("used 4+ times:", Join(common, ", ", func(p Pair[string, int]) string { return p.Key + "=" + strconv.Itoa(p.Val) }))
	fmt.Println("words in [a, c):", Join(freq.Range("a", "c"), " ", func(p Pair[string, int]) string { return p.Key }))
	freq.Delete("it")
	freq.Delete("not-there")
	n, ok := freq.Get("it")
	fmt.Println("after Delete(it):", freq.Len(), n, ok)

	// Sets of strings and of ints.
	first := NewSet(strings.Fields("best worst age wisdom")...)
	second := NewSet(strings.Fields("age epoch belief wisdom")...)
	fmt.Println("union:", Sorted(first.Union(second)))
	fmt.Println("intersection:", Sorted(first.Intersect(second)))
	lengths := NewSet(Map(words, func(w string) int { return len(w) })...)
	fmt.Println("word lengths:", Sorted(lengths), lengths.Has(11), lengths.Has(12))

	// Structs: grouping, sorting, a list used as a queue.
	staff := []employee{
		{"ada", "eng", 120000}, {"bob", "ops", 70000}, {"cy", "eng", 95000},
		{"dee", "sales", 65000}, {"eve", "ops", 82000}, {"fay", "eng", 130000},
	}
	byDept := GroupBy(staff, func(e employee) string { return e.dept })
	depts := NewOrderedMap[string, float64]()
	for d, es := range byDept {
		total := Reduce(es, 0.0, func(acc float64, e employee) float64 { return acc + e.salary })
		depts.Put(d, total/float64(len(es)))
	}
	for _, p := range depts.Pairs() {
		fmt.Printf("%-6s avg %9.2f  %v\n", p.Key, p.Val, byDept[p.Key])
	}
	sorted := append([]employee(nil), staff...)
	SortFunc(sorted, func(a, b employee) bool { return a.salary > b.salary })
	fmt.Println("by salary:", sorted)

	var queue List[employee]
	for _, e := range Filter(staff, func(e employee) bool { return e.dept != "eng" }) {
		queue.PushBack(e)
	}
	queue.PushFront(employee{"zed", "intern", 30000})
	fmt.Println("queue back to front:", queue.Values(true))
	for queue.Len() > 0 {
		e, _ := queue.PopFront()
		fmt.Print(e.name, " ")
	}
	_, ok = queue.PopFront()
	fmt.Println("| empty:", !ok)
	var ids List[Pair[int, string]]
	ids.PushBack(Pair[int, string]{1, "one"})
	ids.PushBack(Pair[int, string]{2, "two"})
	fmt.Printf("%+v\n", ids.Values(false))
}
