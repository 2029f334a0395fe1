// Widths, precisions and flags: padding, alignment, zero-fill, signs, and * arguments.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%5d][%05d][%+05d]\n", -42, -42, 42)
	fmt.Printf("[%8s][%-8s][%.2s][%8.3s]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Printf("[%6.2f][%-8.3f][%08.3f][%+.1f]\n", 3.14159, 2.5, -1.5, 2.0)
	fmt.Printf("[%x][%8x][%-8X][%#08x]\n", 3054, 3054, 3054, 3054)
	fmt.Printf("[%5t][%-7v][%3c]\n", true, false, 'z')
	fmt.Printf("[%10v][%-10v]\n", []int{1, 2}, [2]string{"a", "b"})
	fmt.Printf("[%6q][%-6q]\n", "a", 'b')
	fmt.Printf("[%3d|%3d|%3d]\n", 1, 22, 333)
	for i := 1; i <= 1000; i *= 10 {
		fmt.Printf("%6d|%-6d|%06d\n", i, i, i)
	}
	fmt.Printf("%v %5.1v\n", 1.0, 123.456)
}
