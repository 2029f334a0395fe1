package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println(sum, sum == n*(n-1)/2)
}
