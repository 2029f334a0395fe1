// Unused variables and imports are errors in Go.
package main

import (
	"fmt"
	"os" // ERROR "imported and not used: \"os\"|\"os\" imported (and|but) not used"
)

func main() {
	x := 1 // ERROR "x declared but not used"
	y := 2
	fmt.Println(y)
}
