package main

import (
	"fmt"
	"time"
)

func boom(c chan int) {
	v := <-c
	panic(fmt.Sprintf("boom %d", v))
}

func main() {
	c := make(chan int)
	go boom(c)
	fmt.Println("started")
	c <- 42
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}

// EXIT 2
