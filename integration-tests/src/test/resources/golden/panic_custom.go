// panic with a string value prints it; deferred calls run first and can print.
// EXIT 2
package main

import "fmt"

func main() {
	defer fmt.Println("deferred before crash")
	panic("something went wrong")
}
