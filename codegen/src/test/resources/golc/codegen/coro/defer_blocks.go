package main

import (
	"fmt"
	"time"
)

// Deferred calls that block run as transformed code on a normal return; a panic in one runs the rest.
func f(c chan int) (r int) {
	defer func() { r += <-c }()
	defer func() { fmt.Println("second deferred") }()
	fmt.Println("body")
	return 1
}

func g(c chan int) (err interface{}) {
	defer func() { err = recover() }()
	defer func() { <-c; panic("after the receive") }()
	return nil
}

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		c <- 5
		time.Sleep(20 * time.Millisecond)
		c <- 6
	}()
	fmt.Println(f(c))
	fmt.Println(g(c))
}
