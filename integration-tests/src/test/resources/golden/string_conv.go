// Conversions between strings, bytes and runes, and integer-to-string.
package main

import "fmt"

func main() {
	bs := []byte{104, 105, 0xe2, 0x82, 0xac}
	s := string(bs)
	fmt.Println(s, len(s))
	bs[0] = 'H'
	fmt.Println(s)
	rs := []rune{0x48, 0x49, 0x20ac, 0x1F600}
	fmt.Println(string(rs), len(string(rs)))
	var b byte = 'A'
	fmt.Println(string(b), string(rune(b+1)))
	fmt.Println([]byte("€"), []rune("€x"))
	var nilBytes []byte
	fmt.Println(string(nilBytes) == "", len([]byte("")))
	type MyString string
	ms := MyString("typed")
	fmt.Println(ms, string(ms)+"!", []byte(ms)[0])
	type Bytes []byte
	fmt.Println(string(Bytes("abc")))
}
