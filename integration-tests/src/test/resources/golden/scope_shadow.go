// Block scoping and shadowing: if/for/switch scopes, := redeclaration and package-level names.
package main

import "fmt"

var x = "package"

func show() { fmt.Println("show", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	show()
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	a, err := 1, "e1"
	b, err := 2, "e2"
	fmt.Println(a, b, err, x)
	switch y := len(x); {
	case y > 3:
		x := y * 2
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
}
