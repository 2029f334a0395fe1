// EXIT 2
package main

import (
	"fmt"
	"time"
)

// A panic nobody recovers: on its way out, a deferred call waits for another
// goroutine (and a timer) before the panic ends the program with exit status 2.
func work(c chan string) {
	defer func() {
		fmt.Println("deferred call got:", <-c)
		time.Sleep(2 * time.Millisecond)
		fmt.Println("deferred call done")
	}()
	defer fmt.Println("first deferred call (no wait)")
	panic("unrecovered after waiting")
}

func main() {
	c := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c <- "value from another goroutine"
	}()
	work(c)
	fmt.Println("not reached")
}
