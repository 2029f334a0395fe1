// A goroutine that computes in a loop and never blocks there: with GOMAXPROCS=1 main, woken by its timer,
// gets the only carrier back only because the spinner is preempted at its loop's back edge (the scheduler's
// monitor asks it to yield). Every kind of local must survive each preemption, and the loop must see main's
// stores when it resumes.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type acc struct {
	n int
	s string
}

func spin(stop *int32, ticks *int64, out chan<- string) {
	var i int64
	var f float64
	var u uint8
	a := acc{s: "x"}
	b := []int{0}
	m := map[string]int{}
	for atomic.LoadInt32(stop) == 0 {
		i++
		f += 0.5
		u++
		b[0]++
		if i%100000 == 0 {
			a.n++
			m["k"]++
			atomic.AddInt64(ticks, 1)
		}
		if float64(i)*0.5 != f || uint8(i) != u || int64(b[0]) != i || a.n != m["k"] || a.s != "x" {
			out <- fmt.Sprintf("corrupted at %d", i)
			return
		}
	}
	out <- "locals intact"
}

func main() {
	runtime.GOMAXPROCS(1)
	var stop int32
	var ticks int64
	out := make(chan string)
	go spin(&stop, &ticks, out)
	wakes := 0
	for k := 0; k < 5; k++ {
		time.Sleep(5 * time.Millisecond) // needs the carrier the spinner holds
		wakes++
	}
	for atomic.LoadInt64(&ticks) == 0 {
		runtime.Gosched()
	}
	atomic.StoreInt32(&stop, 1)
	fmt.Println(<-out)
	fmt.Println("main woke", wakes, "times while the spinner ran")
}
