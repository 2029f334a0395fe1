// context with goroutines and timers: WithTimeout and WithDeadline expire
// through the runtime's timers, cancellation reaches goroutines parked on
// Done() (10000 of them, which must not each hold a thread), and a cancelled
// worker pool stops early. Output is deterministic: no wall-clock values.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- fmt.Sprintf("job %d squared %d", j, j*j)
		}
	}
}

func main() {
	// WithTimeout: Done closes by itself and Err is DeadlineExceeded.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, !dl.IsZero())
	select {
	case <-ctx.Done():
		fmt.Println("timed out:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("timer never fired")
	}
	var timeoutErr interface{ Timeout() bool }
	fmt.Println("Timeout():", errors.As(ctx.Err(), &timeoutErr) && timeoutErr.Timeout())

	// A deadline in the past expires at once; a child keeps the earlier deadline.
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println("past deadline:", past.Err())
	parent, cancelParent := context.WithTimeout(context.Background(), time.Hour)
	child, cancelChild := context.WithTimeout(parent, 2*time.Hour)
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child keeps parent's deadline:", pd.Equal(cd))
	cancelChild()
	fmt.Println("child cancelled:", child.Err(), "parent:", parent.Err())
	cancelParent()
	fmt.Println("parent cancelled:", parent.Err())

	// Cancel before the timeout: Err is Canceled, not DeadlineExceeded.
	early, cancelEarly := context.WithTimeout(context.Background(), time.Hour)
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancelEarly()
	}()
	<-early.Done()
	fmt.Println("early:", early.Err())

	// Many goroutines parked on Done() of one context, released by one cancel.
	const n = 10000
	many, cancelMany := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	released := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-many.Done()
			mu.Lock()
			released++
			mu.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	fmt.Println("released before cancel:", released)
	mu.Unlock()
	cancelMany()
	wg.Wait()
	fmt.Println("released after cancel:", released)

	// Values travel with a timeout context to a goroutine.
	type reqKey struct{}
	vctx, cancelV := context.WithTimeout(context.WithValue(context.Background(), reqKey{}, "req-42"), time.Hour)
	got := make(chan string)
	go func(ctx context.Context) { got <- ctx.Value(reqKey{}).(string) }(vctx)
	fmt.Println("value in goroutine:", <-got)
	cancelV()

	// A worker pool stopped by cancel after the first results.
	pool, stop := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan string)
	var pwg sync.WaitGroup
	for i := 0; i < 4; i++ {
		pwg.Add(1)
		go worker(pool, i, jobs, results, &pwg)
	}
	go func() {
		for i := 1; ; i++ {
			select {
			case jobs <- i:
			case <-pool.Done():
				close(jobs)
				return
			}
		}
	}()
	for i := 0; i < 5; i++ {
		<-results
	}
	stop()
	// drain what workers may still be sending so they can see Done
	go func() {
		for range results {
		}
	}()
	pwg.Wait()
	fmt.Println("pool stopped:", pool.Err())

	// AfterFunc-style cancel from a timer.
	tctx, tcancel := context.WithCancel(context.Background())
	time.AfterFunc(5*time.Millisecond, tcancel)
	<-tctx.Done()
	fmt.Println("cancelled by timer:", tctx.Err())
	fmt.Println(context.WithValue(tctx, reqKey{}, 1))
}
