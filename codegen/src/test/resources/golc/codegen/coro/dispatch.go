package main

import "fmt"

type Source interface{ Next() (int, bool) }

type chanSource struct{ c chan int }

func (s chanSource) Next() (int, bool) {
	v, ok := <-s.c
	return v, ok
}

type constSource struct{ n int }

func (s *constSource) Next() (int, bool) {
	if s.n == 0 {
		return 0, false
	}
	s.n--
	return 7, true
}

// Calls through an interface whose implementations may block, and through func values.
func sum(s Source) int {
	t := 0
	for {
		v, ok := s.Next()
		if !ok {
			return t
		}
		t += v
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	c := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			c <- i
		}
		close(c)
	}()
	fmt.Println(sum(chanSource{c}), sum(&constSource{3}))
	reply := make(chan int)
	ask := func(x int) int {
		go func() { reply <- x * 10 }()
		return <-reply
	}
	fmt.Println(apply(ask, 4), apply(func(x int) int { return x + 1 }, 4))
	fs := []func(int) int{ask, func(x int) int { return -x }}
	for _, f := range fs {
		fmt.Print(f(2), " ")
	}
	fmt.Println()
}
