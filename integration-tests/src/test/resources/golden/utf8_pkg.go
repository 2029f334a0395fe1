// Package unicode/utf8: encoding, decoding, validity and the invalid-byte rules.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 🌍"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c(%U,%d,%d) ", i, r, r, size, utf8.RuneLen(r))
		i += size
	}
	fmt.Println()
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		fmt.Printf("%c/%d ", r, size)
		j -= size
	}
	fmt.Println()
	r, size := utf8.DecodeRune([]byte("€uro"))
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRune([]byte("ab€"))
	fmt.Println(r, size)
	// Invalid and empty input.
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xed\xa0\x80") // surrogate
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xc0\x80") // overlong
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8, 0x96}), utf8.Valid([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.ValidRune('a'), utf8.ValidRune(0xD800), utf8.ValidRune(utf8.MaxRune), utf8.ValidRune(utf8.MaxRune+1), utf8.ValidRune(-1))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('🌍'), utf8.RuneLen(0xD800), utf8.RuneLen(-5))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRuneInString("a"), utf8.FullRuneInString("\xf0\x9f"))
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0xe4), utf8.RuneStart(0xb8))
	buf := make([]byte, utf8.UTFMax)
	for _, r := range []rune{'A', 'ß', '中', '😀', 0xD800, -1, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("% x|", buf[:n])
	}
	fmt.Println()
	var out []byte
	out = utf8.AppendRune(out, 'G')
	out = utf8.AppendRune(out, 'ö')
	out = utf8.AppendRune(out, '🐹')
	fmt.Printf("%s %d\n", out, len(out))
	fmt.Println(utf8.RuneCountInString("a\xffb\xe4\xb8c"))
	for i, r := range "a\xffb" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}
