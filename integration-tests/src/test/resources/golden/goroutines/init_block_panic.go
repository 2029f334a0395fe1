// EXIT 2
package main

import (
	"fmt"
	"time"
)

var v = f()

func f() int {
	time.Sleep(time.Millisecond)
	panic("init panics after sleeping")
}

func main() { fmt.Println("main", v) }
