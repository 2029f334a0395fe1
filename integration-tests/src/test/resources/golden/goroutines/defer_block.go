package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// A deferred call that receives from a channel while a panic unwinds: another
// goroutine feeds it, then recover stops the panic.
func recvWhilePanicking(c chan int) (got int) {
	defer func() {
		v := <-c
		r := recover()
		fmt.Println("deferred recv got", v, "recovered:", r)
		got = v
	}()
	panic("boom")
}

// A deferred call that blocks on a normal return.
func recvOnReturn(c chan string) string {
	defer func() {
		fmt.Println("deferred on return got", <-c)
	}()
	return "returned"
}

// Several deferred calls that block, run in reverse order, while a panic
// unwinds through two functions; the outer one recovers.
func inner(c chan int, log *[]string) {
	defer func() { *log = append(*log, fmt.Sprint("inner second ", <-c)) }()
	defer func() { *log = append(*log, fmt.Sprint("inner first ", <-c)) }()
	var m map[string]int
	m["x"] = 1 // nil map write
}

func outer(c chan int) (log []string) {
	defer func() {
		time.Sleep(time.Millisecond)
		log = append(log, fmt.Sprint("outer recovered: ", recover()))
	}()
	inner(c, &log)
	return nil
}

// A deferred call that locks a mutex held by another goroutine while a panic
// unwinds; the panic is not recovered here but in the caller.
func lockWhilePanicking(mu *sync.Mutex, held chan bool) {
	defer func() {
		mu.Lock()
		fmt.Println("deferred lock acquired")
		mu.Unlock()
	}()
	<-held
	panic(fmt.Errorf("wrapped %d", 42))
}

// A deferred call that panics again after blocking: the new panic replaces
// the old one, and recover sees the new one.
func repanicAfterBlock(c chan int) (r any) {
	defer func() { r = recover() }()
	defer func() {
		<-c
		panic("second")
	}()
	panic("first")
}

// runtime.Goexit runs deferred calls (which may block), recover returns nil.
func goexitDefers(c chan int, done chan string) {
	defer func() { done <- fmt.Sprint("goexit deferred, recover=", recover(), " got ", <-c) }()
	runtime.Goexit()
}

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		c <- 7
	}()
	fmt.Println("recvWhilePanicking:", recvWhilePanicking(c))

	s := make(chan string)
	go func() { s <- "hello" }()
	fmt.Println(recvOnReturn(s))

	go func() {
		for i := 1; i <= 2; i++ {
			time.Sleep(time.Millisecond)
			c <- i
		}
	}()
	for _, l := range outer(c) {
		fmt.Println(l)
	}

	var mu sync.Mutex
	mu.Lock()
	held := make(chan bool)
	res := make(chan any)
	go func() {
		defer func() { res <- recover() }()
		lockWhilePanicking(&mu, held)
	}()
	held <- true
	time.Sleep(5 * time.Millisecond)
	fmt.Println("unlocking")
	mu.Unlock()
	fmt.Println("lockWhilePanicking recovered:", <-res)

	go func() { c <- 3 }()
	fmt.Println("repanicAfterBlock:", repanicAfterBlock(c))

	done := make(chan string)
	go goexitDefers(c, done)
	c <- 9
	fmt.Println(<-done)
}
