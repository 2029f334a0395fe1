// The builtins print and println write to standard error in their own format.
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("println:", 42, -7, true, 'x', "str", 1.5, uint8(200))
	print("print:", 1, 2, "\n")
	var e error
	var p *int
	println(e == nil, p == nil, 1e100, float32(0.1))
}
