// workerpool runs jobs on a fixed pool of goroutines and stops them through a context: all jobs to
// completion, then a run whose failing job cancels the rest, then a run cut short by a deadline.
//
//	./golc run samples/workerpool
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// job is a unit of work: count the primes below limit, taking cost to do it.
type job struct {
	id    int
	limit int
	cost  time.Duration
}

type result struct {
	id     int
	primes int
	worker int
}

type requestID struct{}

var errBadInput = errors.New("bad input")

// countPrimes is the work; it gives up early, with the context's error, once ctx is done.
func countPrimes(ctx context.Context, j job) (int, error) {
	if j.limit < 0 {
		return 0, fmt.Errorf("job %d: limit %d: %w", j.id, j.limit, errBadInput)
	}
	select {
	case <-time.After(j.cost): // the "slow" part: a network call, say
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	n := 0
	for i := 2; i < j.limit; i++ {
		prime := true
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			n++
		}
	}
	return n, nil
}

// run feeds jobs to workers goroutines and collects their results. The first error cancels the
// context, which stops the feeder and makes the busy workers give up; run returns the results
// gathered so far and that first error.
func run(parent context.Context, workers int, jobs []job) ([]result, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	jobCh := make(chan job)
	resCh := make(chan result)
	var firstErr error
	var errOnce sync.Once
	fail := func(err error) {
		errOnce.Do(func() {
			firstErr = err
			cancel()
		})
	}

	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobCh {
				n, err := countPrimes(ctx, j)
				if err != nil {
					fail(err)
					continue
				}
				select {
				case resCh <- result{j.id, n, w}:
				case <-ctx.Done():
				}
			}
		}(w)
	}
	go func() {
		defer close(jobCh)
		for _, j := range jobs {
			select {
			case jobCh <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(resCh)
	}()

	var results []result
	for r := range resCh {
		results = append(results, r)
	}
	if firstErr == nil && parent.Err() != nil {
		firstErr = parent.Err()
	}
	sort.Slice(results, func(i, k int) bool { return results[i].id < results[k].id })
	return results, firstErr
}

func makeJobs(n int, cost time.Duration) []job {
	jobs := make([]job, n)
	for i := range jobs {
		jobs[i] = job{id: i + 1, limit: 1000 * (i + 1), cost: cost}
	}
	return jobs
}

func main() {
	ctx := context.WithValue(context.Background(), requestID{}, "req-42")
	fmt.Println("request", ctx.Value(requestID{}))

	// 1. Everything completes.
	results, err := run(ctx, 4, makeJobs(10, time.Millisecond))
	fmt.Println("run 1:", len(results), "results, error:", err)
	total := 0
	usedWorkers := map[int]bool{}
	for _, r := range results {
		fmt.Printf("  job %2d: %4d primes\n", r.id, r.primes)
		total += r.primes
		usedWorkers[r.worker] = true
	}
	fmt.Println("  total primes:", total, "| workers used > 0:", len(usedWorkers) > 0)

	// 2. Job 5 fails: its error cancels the pool; the slow jobs still queued never run.
	jobs := makeJobs(40, 20*time.Millisecond)
	jobs[4].limit = -1
	results, err = run(ctx, 3, jobs)
	fmt.Println("run 2 error:", err)
	fmt.Println("  is errBadInput:", errors.Is(err, errBadInput), "| stopped early:", len(results) < len(jobs)-1)

	// 3. A deadline shorter than the work: the pool stops with context.DeadlineExceeded.
	tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	results, err = run(tctx, 2, makeJobs(20, 30*time.Millisecond))
	elapsed := time.Since(start)
	fmt.Println("run 3 error:", err)
	fmt.Println("  deadline exceeded:", errors.Is(err, context.DeadlineExceeded), "| stopped early:", len(results) < 20,
		"| stopped in time:", elapsed < 5*time.Second)
	<-tctx.Done()
	fmt.Println("  ctx.Err():", tctx.Err(), "| request still", tctx.Value(requestID{}))
}
