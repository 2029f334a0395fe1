package p

import "fmt" "os" // ERROR "syntax error: unexpected literal \"os\", expecting semicolon or newline"
import "math" // skipped while recovering
x := 1 // skipped while recovering

func f() {
	var x int = 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
}
