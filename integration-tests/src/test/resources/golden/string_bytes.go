// Strings are immutable byte sequences: len counts bytes, indexing gives bytes, slicing shares.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	fmt.Println(s[:2], s[7:], s[1:3] == "\xc3\xa9")
	for i := 0; i < 6; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Printf("%q %x % x\n", s[:3], s[:3], s[:3])
	t := "abc"
	u := t
	t += "def"
	fmt.Println(t, u, len(t))
	var empty string
	fmt.Println(len(empty), empty == "", "a" < "b", "ab" < "abc", "b" > "abc")
	raw := `a\nb`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", "nul\x00end" == "nul\000end")
}
