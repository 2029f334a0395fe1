// Benchmark: hand-written IntStack and PointStack, pushed and popped in rounds.
// Twin of ../stack_generic (the same program with a generic Stack[T]).
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type IntStack struct{ items []int }

func (s *IntStack) Push(v int) { s.items = append(s.items, v) }

func (s *IntStack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *IntStack) Len() int { return len(s.items) }

type Point struct{ X, Y int }

type PointStack struct{ items []Point }

func (s *PointStack) Push(v Point) { s.items = append(s.items, v) }

func (s *PointStack) Pop() Point {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	rounds := 200
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	const n = 100000
	start := time.Now()
	var sum int
	var ints IntStack
	var pts PointStack
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
