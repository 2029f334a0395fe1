// primes checks which numbers below a limit are prime with a pool of workers that a context stops: by
// cancellation as soon as enough primes are found, or by its deadline (-timeout). Flags choose the sizes.
//
//	./golc run samples/primes -- -workers 8 -want 20 -limit 100000
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"sync"
	"time"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// A chunk is the numbers [lo, hi) to check; its result lists their primes.
type chunk struct {
	index, lo, hi int
	primes        []int
}

// produce sends the chunks of [2, limit) in order on the returned channel until ctx is done.
func produce(ctx context.Context, limit, size int) <-chan chunk {
	jobs := make(chan chunk)
	go func() {
		defer close(jobs)
		for i, lo := 0, 2; lo < limit; i, lo = i+1, lo+size {
			hi := lo + size
			if hi > limit {
				hi = limit
			}
			select {
			case jobs <- chunk{index: i, lo: lo, hi: hi}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return jobs
}

// work checks the chunks it receives and sends them back with their primes, until jobs is closed or ctx is
// done.
func work(ctx context.Context, jobs <-chan chunk, results chan<- chunk) {
	for c := range jobs {
		for n := c.lo; n < c.hi; n++ {
			if isPrime(n) {
				c.primes = append(c.primes, n)
			}
		}
		select {
		case results <- c:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	workers := flag.Int("workers", 4, "number of `goroutines` checking numbers")
	want := flag.Int("want", 25, "stop after this many primes")
	limit := flag.Int("limit", 1000, "check numbers below `n`")
	size := flag.Int("chunk", 10, "numbers per job")
	timeout := flag.Duration("timeout", 10*time.Second, "give up after this long")
	flag.Parse()
	if *workers < 1 || *size < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	jobs := produce(ctx, *limit, *size)
	results := make(chan chunk)
	var wg sync.WaitGroup
	for i := 0; i < *workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(ctx, jobs, results)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Chunks finish in any order; taking them in index order makes the answer the smallest primes.
	var found []int
	pending := map[int]chunk{}
	next, chunks := 0, 0
	for c := range results {
		chunks++
		pending[c.index] = c
		for ready, ok := pending[next]; ok && len(found) < *want; ready, ok = pending[next] {
			delete(pending, next)
			next++
			found = append(found, ready.primes...)
		}
		if len(found) >= *want {
			found = found[:*want]
			cancel() // enough: stop the producer and the workers
			break
		}
	}
	wg.Wait() // every worker has returned: Done was seen or the jobs ran out

	fmt.Printf("%d primes:", len(found))
	for _, p := range found {
		fmt.Print(" ", p)
	}
	fmt.Println()
	switch err := ctx.Err(); {
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Println("stopped by the deadline")
	case errors.Is(err, context.Canceled):
		fmt.Println("stopped by cancel")
	default:
		fmt.Println("all numbers checked")
	}
}
