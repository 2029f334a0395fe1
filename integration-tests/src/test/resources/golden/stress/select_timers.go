// ARGS: 1
package main

// Stress test of timers and select (StressTest: seconds by default, minutes
// with -Pstress): timeouts with time.After, timers stopped, reset and fired,
// tickers, AfterFunc, and request/reply pairs guarded by a timeout that must
// never expire. Counts are checked every round. The argument is the duration
// in seconds.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

var progress int64

// watchdog dumps every goroutine and exits with status 3 when nothing has
// progressed for stall.
func watchdog(stall time.Duration) {
	last := atomic.LoadInt64(&progress)
	since := time.Now()
	for {
		time.Sleep(100 * time.Millisecond)
		if cur := atomic.LoadInt64(&progress); cur != last {
			last, since = cur, time.Now()
			continue
		}
		if time.Since(since) > stall {
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			fmt.Fprintf(os.Stderr, "watchdog: no progress for %v\n\n%s", stall, buf[:n])
			os.Exit(3)
		}
	}
}

func fail(args ...any) {
	fmt.Println(append([]any{"FAIL:"}, args...)...)
	os.Exit(1)
}

const workers = 32

func round() {
	var wg sync.WaitGroup
	var timeouts, fired, ticks, funcs, replies int64
	never := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			// a timeout on a channel nobody sends to
			select {
			case <-never:
				fail("received from a channel nobody sends to")
			case <-time.After(time.Duration(w%3) * time.Millisecond):
				atomic.AddInt64(&timeouts, 1)
			}
			// a timer stopped before it fires, then reset and fired
			t := time.NewTimer(time.Hour)
			if !t.Stop() {
				fail("Stop of a pending timer returned false")
			}
			t.Reset(time.Millisecond)
			<-t.C
			if t.Stop() {
				fail("Stop of a fired timer returned true")
			}
			atomic.AddInt64(&fired, 1)
			// three ticks of a ticker
			tk := time.NewTicker(time.Millisecond)
			for i := 0; i < 3; i++ {
				<-tk.C
				atomic.AddInt64(&ticks, 1)
			}
			tk.Stop()
			atomic.AddInt64(&progress, 1)
		}(w)
	}
	// AfterFunc callbacks run on goroutines of their own
	var fwg sync.WaitGroup
	fwg.Add(workers)
	for w := 0; w < workers; w++ {
		time.AfterFunc(time.Duration(w%4)*time.Millisecond, func() {
			atomic.AddInt64(&funcs, 1)
			fwg.Done()
		})
	}
	// request/reply with a generous timeout that must never expire
	req := make(chan chan int)
	stop := make(chan bool)
	go func() {
		n := 0
		for {
			select {
			case r := <-req:
				n++
				r <- n
			case <-stop:
				return
			}
		}
	}()
	for i := 1; i <= 200; i++ {
		r := make(chan int, 1)
		select {
		case req <- r:
		case <-time.After(20 * time.Second):
			fail("request", i, "not taken")
		}
		select {
		case v := <-r:
			if v != i {
				fail("reply", v, "to request", i)
			}
			replies++
		case <-time.After(20 * time.Second):
			fail("no reply to request", i)
		}
		atomic.AddInt64(&progress, 1)
	}
	close(stop)
	wg.Wait()
	fwg.Wait()
	if timeouts != workers || fired != workers || ticks != 3*workers || funcs != workers || replies != 200 {
		fail("counts", timeouts, fired, ticks, funcs, replies)
	}
}

func main() {
	secs := 1
	if len(os.Args) > 1 {
		secs, _ = strconv.Atoi(os.Args[1])
	}
	go watchdog(30 * time.Second)
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	for rounds := 0; rounds < 3 || time.Now().Before(deadline); rounds++ {
		round()
	}
	fmt.Println("select_timers: every timeout, timer, tick, AfterFunc and reply accounted for")
}
