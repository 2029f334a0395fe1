package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:2], s[7:])
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), len(b))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1:3]))
	t := "abc" + "def"
	fmt.Println(t < "abd", t == "abcdef", t > "b")
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] == 'c' || t[i] == 'e' {
			n++
		}
	}
	fmt.Println(n)
	switch t {
	case "x":
		fmt.Println("x")
	case "abcdef":
		fmt.Println("matched")
	default:
		fmt.Println("default")
	}
}
