package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, square int
	worker      int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, square: j * j, worker: id}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 50; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var got []int
	perWorker := map[int]int{}
	for r := range results {
		got = append(got, r.square)
		perWorker[r.worker]++
	}
	sort.Ints(got)
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println(len(got), got[0], got[49], total)
}
