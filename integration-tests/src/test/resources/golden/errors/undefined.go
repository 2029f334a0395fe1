// Uses of undeclared names are reported at each use.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x, y) // ERROR "undefined: y"
	z = 2             // ERROR "undefined: z"
	undefinedFunc()   // ERROR "undefined: undefinedFunc"
	fmt.Nope()        // ERROR "undefined: fmt.Nope"
}
