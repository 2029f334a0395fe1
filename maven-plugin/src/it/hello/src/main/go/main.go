package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j] })
	fmt.Println(strings.Join(words, ","))
	fmt.Printf("%d words, %q\n", len(words), greeting())
	os.Exit(7)
}
