// wordcount counts the words of its arguments (or of a built-in text) and prints the most frequent.
//
//	./golc run samples/wordcount -- the cat and the hat
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

const defaultText = "the quick brown fox jumps over the lazy dog and the dog sleeps"

func main() {
	text := defaultText
	if len(os.Args) > 1 {
		text = strings.Join(os.Args[1:], " ")
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words {
		fmt.Printf("%-6s %d\n", w, counts[w])
	}
}
