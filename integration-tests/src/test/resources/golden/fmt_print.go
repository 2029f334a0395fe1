// Print adds spaces only between non-string operands; Println always; Sprint and Fprint variants.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 7)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	fmt.Fprint(os.Stdout, "no newline", "\n")
	fmt.Println()
	fmt.Println(nil, []int(nil), map[int]int(nil), error(nil))
	type T struct {
		A *int
		B []string
		C map[string]int
		D interface{}
		E func()
	}
	fmt.Printf("%v %+v\n", T{}, T{})
}
