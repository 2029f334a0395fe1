package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-slow(500*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case v := <-slow(time.Millisecond, "fast"):
		fmt.Println("got", v)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("slept enough:", time.Since(start) >= 30*time.Millisecond)
}
