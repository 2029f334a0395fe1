// fmt scanning end to end (strings, floats, bools, named types, errors); fmtscan.out is its output
// under Go 1.19. Run through golc as fmtall.go says.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

type Name string

func main() {
	var s, t string
	var f float64
	var b bool
	var c Celsius
	var n Name
	cnt, err := fmt.Sscan("hello 2.5 true", &s, &f, &b)
	fmt.Println(cnt, err, s, f, b)
	cnt, err = fmt.Sscanf("temp=21.5 name=bob", "temp=%f name=%s", &c, &n)
	fmt.Println(cnt, err, c, n)
	cnt, err = fmt.Sscanln("a b\nc", &s, &t)
	fmt.Println(cnt, err, s, t)
	cnt, err = fmt.Sscanln("a\nb", &s, &t)
	fmt.Println(cnt, err)
	cnt, err = fmt.Sscan("1.5e", &f)
	fmt.Println(cnt, err)
	cnt, err = fmt.Sscan("yes", &b)
	fmt.Println(cnt, err, b)
	cnt, err = fmt.Sscanf("x", "%s %s", &s, &t)
	fmt.Println(cnt, err)
	r := strings.NewReader("one two\nthree")
	for {
		var w string
		if _, err := fmt.Fscan(r, &w); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println("word:", w)
	}
	var q string
	cnt, err = fmt.Sscanf(`"quoted \"x\""`, "%q", &q)
	fmt.Println(cnt, err, q)
}
