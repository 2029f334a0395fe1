package main

import (
	"errors"
	"fmt"
)

func recv(c chan int) int {
	v := <-c
	if v < 0 {
		panic(errors.New("negative"))
	}
	return v
}

// A panic raised after a suspension, in a callee, crosses the resumed frames and is recovered here.
func safe(c chan int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	v = recv(c)
	v += recv(c)
	return v, nil
}

func main() {
	c := make(chan int)
	go func() {
		c <- 1
		c <- 2
		c <- 5
		c <- -1
	}()
	fmt.Println(safe(c))
	fmt.Println(safe(c))
	closed := make(chan int)
	close(closed)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		closed <- 1
	}()
}
