package main

import (
	"fmt"
	"sync"
	"time"
)

// A package-level variable whose initialiser blocks: it starts a goroutine
// and receives what it computes.
var squares = compute(5)

func compute(n int) []int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i * i
		}
		close(c)
	}()
	var out []int
	for v := range c {
		out = append(out, v)
	}
	return out
}

// Depends on squares, so it is initialised after it (and after it resumed).
var total = sum(squares)

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var (
	mu     sync.Mutex
	events []string
	ready  = make(chan string, 1)
)

func record(s string) {
	mu.Lock()
	events = append(events, s)
	mu.Unlock()
}

// init functions that block: a timer, a WaitGroup, a mutex held by another
// goroutine, and an unbuffered channel fed later.
func init() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	if time.Since(start) >= 20*time.Millisecond {
		record("init 1 slept")
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(4-i) * time.Millisecond)
			record(fmt.Sprint("worker ", i))
		}(i)
	}
	wg.Wait()
	record("init 1 waited")
}

func init() {
	mu.Lock()
	go func() {
		time.Sleep(5 * time.Millisecond)
		ready <- "unlocked by goroutine"
		mu.Unlock()
	}()
	mu.Lock() // blocks until the goroutine unlocks
	events = append(events, <-ready)
	mu.Unlock()
}

func main() {
	fmt.Println("squares:", squares, "total:", total)
	workers := 0
	for _, e := range events {
		if len(e) > 7 && e[:7] == "worker " {
			workers++
			continue
		}
		fmt.Println(e)
	}
	fmt.Println("workers:", workers)
}
