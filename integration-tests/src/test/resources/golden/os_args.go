// os.Args holds the program name and the command-line arguments.
// ARGS: alpha "two words" 3
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d=%q\n", i+1, a)
	}
}
