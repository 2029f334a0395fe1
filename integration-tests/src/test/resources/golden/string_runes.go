// Ranging over a string decodes UTF-8 runes; []rune and string(rune) convert.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, string(r), utf8.RuneLen(r))
	}
	rs := []rune(s)
	fmt.Println(len(rs), len(s), utf8.RuneCountInString(s))
	rs[0] = 'Z'
	fmt.Println(string(rs))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Printf("%c %U %q\n", 'é', '😀', '世')
	var count int
	for range "hello" {
		count++
	}
	fmt.Println(count)
}
