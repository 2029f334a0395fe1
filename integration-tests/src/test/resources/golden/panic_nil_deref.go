// Dereferencing a nil pointer panics with the runtime error and exit status 2.
// EXIT 2
package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	fmt.Println("deref")
	fmt.Println(p.X)
}
