// Benchmark: a generic Stack[T] (instantiated with int and with a struct), pushed and popped in rounds.
// Twin of ../stack_plain (the same program with hand-written IntStack and PointStack).
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Point struct{ X, Y int }

func main() {
	rounds := 200
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	const n = 100000
	start := time.Now()
	var sum int
	var ints Stack[int]
	var pts Stack[Point]
	for r := 0; r < rounds; r++ {
		for i := 0; i < n; i++ {
			ints.Push(i)
			pts.Push(Point{i, r})
		}
		for ints.Len() > 0 {
			sum += ints.Pop()
			p := pts.Pop()
			sum += p.X - p.Y
		}
	}
	el := time.Since(start)
	fmt.Println(sum)
	fmt.Fprintf(os.Stderr, "%.2f ns/op\n", float64(el.Nanoseconds())/float64(rounds*n*4))
}
