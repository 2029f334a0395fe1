// panic with an error value prints its Error() text.
// EXIT 2
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := fmt.Errorf("wrapped: %w", errors.New("disk full"))
	panic(err)
}
