// A panic with a value of a user type implementing error prints its Error() text after deferred calls ran.
// EXIT 2
package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string { return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code) }

func validate(age int) {
	defer fmt.Println("validate deferred")
	if age < 0 {
		panic(&ValidationError{"age", 17})
	}
}

func main() {
	validate(1)
	validate(-1)
}
