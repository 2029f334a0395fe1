// Map insert, update, delete, comma-ok lookups, len and the zero value of missing keys.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["b"], m["missing"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "never")
	_, ok = m["b"]
	fmt.Println(len(m), ok)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	lit := map[int]string{3: "three", 1: "one", 2: "two"}
	fmt.Println(lit)
	sum := 0
	for k, v := range lit {
		sum += k * len(v)
	}
	fmt.Println(sum)
	alias := lit
	alias[4] = "four"
	fmt.Println(len(lit))
	for k := range lit {
		if k%2 == 0 {
			delete(lit, k)
		}
	}
	fmt.Println(lit)
}
