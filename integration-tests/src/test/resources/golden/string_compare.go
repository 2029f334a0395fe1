// String comparison is bytewise; concatenation builds new strings; switch on strings.
package main

import "fmt"

func classify(s string) string {
	switch s {
	case "":
		return "empty"
	case "go", "Go":
		return "language"
	}
	if s < "m" {
		return "early"
	}
	return "late"
}

func main() {
	words := []string{"", "go", "Go", "apple", "zebra", "Z", "é"}
	for _, w := range words {
		fmt.Println(w, classify(w))
	}
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, s[1:4], s == "abcde")
	x, y := "same", "sa"+"me"
	fmt.Println(x == y, x != y)
}
