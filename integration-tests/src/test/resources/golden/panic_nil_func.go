// Calling a nil function value panics with a nil dereference.
// EXIT 2
package main

import "fmt"

type Hooks struct {
	Before func()
}

func main() {
	h := Hooks{}
	fmt.Println("calling hook")
	h.Before()
}
