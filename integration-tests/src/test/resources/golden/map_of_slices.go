// Maps holding slices and maps: grouping, appending through the map, and word counting.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	groups := map[int][]string{}
	for _, w := range strings.Fields("go is a fun language to write compilers in") {
		groups[len(w)] = append(groups[len(w)], w)
	}
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	graph := map[string]map[string]bool{}
	add := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	add("a", "b")
	add("a", "c")
	add("b", "c")
	fmt.Println(graph, len(graph["a"]), graph["c"]["a"])
}
