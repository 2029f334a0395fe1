// Invalid UTF-8: range yields U+FFFD with width 1, conversions keep the bytes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range s {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok é"))
	rs := []rune(s)
	fmt.Println(len(rs), rs)
	back := string(rs)
	fmt.Println(len(back), back == s)
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", "é\xff")
	b := []byte("\xed\xa0\x80")
	for i, r := range string(b) {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
