// ARGS: 1
package main

// Stress test of sync and goroutine churn (StressTest: seconds by default,
// minutes with -Pstress): a mutex-guarded counter, an RWMutex-guarded pair
// that readers must never see torn, a Cond-guarded queue whose items must be
// taken exactly once, Once, atomics, and thousands of short goroutines
// throttled by a buffered channel used as a semaphore. The argument is the
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

type pair struct {
	mu   sync.RWMutex
	a, b int
}

type queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func round() {
	const g = 48
	var wg sync.WaitGroup

	// mutex counter and atomics
	var mu sync.Mutex
	counter := 0
	var atom int64
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				mu.Lock()
				counter++
				mu.Unlock()
				atomic.AddInt64(&atom, 2)
				if k%25 == 0 {
					runtime.Gosched()
				}
			}
			atomic.AddInt64(&progress, 1)
		}()
	}

	// RWMutex: writers keep a == b, readers check it
	p := &pair{}
	for i := 0; i < g/4; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				p.mu.Lock()
				p.a++
				runtime.Gosched()
				p.b++
				p.mu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				p.mu.RLock()
				if p.a != p.b {
					fail("torn read", p.a, p.b)
				}
				p.mu.RUnlock()
			}
		}()
	}

	// Cond: producers append items, consumers wait for them
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	const items = 2000
	taken := make([]int32, items)
	var cwg sync.WaitGroup
	for c := 0; c < 6; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && !q.closed {
					q.cond.Wait()
				}
				if len(q.items) == 0 {
					q.mu.Unlock()
					return
				}
				it := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				if atomic.AddInt32(&taken[it], 1) != 1 {
					fail("item", it, "taken twice")
				}
				atomic.AddInt64(&progress, 1)
			}
		}()
	}
	var pwg sync.WaitGroup
	for pr := 0; pr < 4; pr++ {
		pwg.Add(1)
		go func(pr int) {
			defer pwg.Done()
			for i := pr; i < items; i += 4 {
				q.mu.Lock()
				q.items = append(q.items, i)
				if i%7 == 0 {
					q.cond.Broadcast()
				} else {
					q.cond.Signal()
				}
				q.mu.Unlock()
			}
		}(pr)
	}
	pwg.Wait()
	q.mu.Lock()
	q.closed = true
	q.cond.Broadcast()
	q.mu.Unlock()
	cwg.Wait()
	for i, n := range taken {
		if n != 1 {
			fail("item", i, "taken", n, "times")
		}
	}

	// Once, and churn of short goroutines throttled by a semaphore
	var once sync.Once
	var onceRuns, churned int64
	sem := make(chan struct{}, 32)
	var swg sync.WaitGroup
	for i := 0; i < 3000; i++ {
		sem <- struct{}{}
		swg.Add(1)
		go func() {
			defer swg.Done()
			once.Do(func() { atomic.AddInt64(&onceRuns, 1) })
			atomic.AddInt64(&churned, 1)
			<-sem
		}()
	}
	swg.Wait()
	wg.Wait()
	if counter != g*100 || atom != 2*g*100 || onceRuns != 1 || churned != 3000 || p.a != p.b || p.a != g/4*50 {
		fail("counts", counter, atom, onceRuns, churned, p.a, p.b)
	}
	atomic.AddInt64(&progress, 1)
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
	fmt.Println("sync_churn: counters exact, no torn reads, every queued item taken once")
}
