// A panic raised while a deferred call runs replaces the first; both show in the message.
// EXIT 2
package main

import "fmt"

func main() {
	defer func() {
		panic(fmt.Sprint("second, after ", recover()))
	}()
	panic("first")
}
