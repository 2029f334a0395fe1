// Counting word frequencies with a map, then sorting by count and word with sort.Slice.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while a quick bird sings over the fox`

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	for _, e := range entries[:6] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println(len(entries), "distinct words")
}
