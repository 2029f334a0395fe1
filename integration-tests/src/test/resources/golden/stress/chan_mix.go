// ARGS: 1
package main

// Stress test (StressTest runs it for seconds in the default build, for
// minutes with -Pstress): producers send numbered values through a select over
// an unbuffered and two buffered channels, some rounds are cancelled half-way
// by closing a done channel, consumers select over all three until each is
// closed. Every value sent must be received exactly once. The argument is the
// duration in seconds.

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

// watchdog dumps every goroutine and exits with status 3 when no value has
// moved for stall: a lost wake-up or a hang, which the harness reports.
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

const (
	producers = 16
	consumers = 8
	perProd   = 400
)

func round(r int) (sent, received int) {
	u := make(chan int)
	b := make(chan int, 8)
	b1 := make(chan int, 1)
	done := make(chan struct{})
	var cancel sync.Once
	total := producers * perProd
	sentFlag := make([]int32, total)
	seen := make([]int32, total)

	var pwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := 0; i < perProd; i++ {
				id := p*perProd + i
				select {
				case u <- id:
				case b <- id:
				case b1 <- id:
				case <-done:
					return
				}
				atomic.StoreInt32(&sentFlag[id], 1)
			}
		}(p)
	}
	var got int64
	var cwg sync.WaitGroup
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			cu, cb, cb1 := u, b, b1
			for cu != nil || cb != nil || cb1 != nil {
				var id int
				var ok bool
				select {
				case id, ok = <-cu:
					if !ok {
						cu = nil
						continue
					}
				case id, ok = <-cb:
					if !ok {
						cb = nil
						continue
					}
				case id, ok = <-cb1:
					if !ok {
						cb1 = nil
						continue
					}
				}
				if atomic.AddInt32(&seen[id], 1) != 1 {
					fmt.Println("FAIL: value", id, "received twice")
					os.Exit(1)
				}
				atomic.AddInt64(&progress, 1)
				if n := atomic.AddInt64(&got, 1); r%3 == 0 && n == int64(total/2) {
					cancel.Do(func() { close(done) })
				}
			}
		}()
	}
	pwg.Wait()
	close(u)
	close(b)
	close(b1)
	cwg.Wait()
	for id := 0; id < total; id++ {
		if seen[id] != sentFlag[id] {
			fmt.Println("FAIL: value", id, "sent", sentFlag[id], "times, received", seen[id], "times")
			os.Exit(1)
		}
		sent += int(sentFlag[id])
		received += int(seen[id])
	}
	return sent, received
}

func main() {
	secs := 1
	if len(os.Args) > 1 {
		secs, _ = strconv.Atoi(os.Args[1])
	}
	go watchdog(30 * time.Second)
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	rounds, cancelled := 0, 0
	for rounds < 3 || time.Now().Before(deadline) {
		sent, received := round(rounds)
		if sent != received {
			fmt.Println("FAIL: sent", sent, "received", received)
			os.Exit(1)
		}
		if sent < producers*perProd {
			cancelled++
		}
		rounds++
	}
	fmt.Println("chan_mix: every value sent was received exactly once")
	fmt.Println("cancelled rounds stopped early:", cancelled > 0)
}
