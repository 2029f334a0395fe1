package main

import "fmt"

type key struct {
	a string
	b int
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["z"]
	fmt.Println(len(m), m["a"], v, ok, m)
	delete(m, "b")
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	fmt.Println(keys)
	mk := map[key][]int{}
	mk[key{"x", 1}] = append(mk[key{"x", 1}], 5)
	mk[key{"x", 1}] = append(mk[key{"x", 1}], 6)
	fmt.Println(mk[key{"x", 1}], len(mk))
	var nm map[string]bool
	fmt.Println(nm["q"], len(nm))
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
	mi := map[interface{}]string{1: "int", "1": "string", 1.5: "float"}
	fmt.Println(mi[1], mi["1"], mi[1.5], len(mi))
}
