package main

import "fmt"

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- nums[i%len(nums)]:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	out := sq(done, sq(done, gen(done, 1, 2, 3)))
	sum := 0
	for i := 0; i < 9; i++ {
		v := <-out
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	close(done)
	// drain until the stages have noticed the cancellation and closed their outputs
	for range out {
	}
	fmt.Println("sum", sum, "cancelled")
}
