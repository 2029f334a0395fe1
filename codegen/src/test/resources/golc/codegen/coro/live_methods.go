// A blocking method of a type the program never holds a value of does not make calls through the
// interface it implements suspension points (coro.LiveMethods); a used one still does.
package main

import "fmt"

type Sink interface{ Put(s string) }

type printSink struct{ prefix string }

func (p printSink) Put(s string) { fmt.Println(p.prefix, s) }

// chanSink blocks in Put, but no reachable code makes one.
type chanSink struct{ ch chan string }

func (c *chanSink) Put(s string) { c.ch <- s }

func newChanSink() *chanSink { return &chanSink{make(chan string)} }

type Source interface{ Next() int }

type counter struct{ n int }

func (c *counter) Next() int { c.n++; return c.n }

// ticker blocks in Next and is used below, so Source.Next calls stay suspension points.
type ticker struct{ ch chan int }

func (t ticker) Next() int { return <-t.ch }

func emit(k Sink, words ...string) {
	for _, w := range words {
		k.Put(w)
	}
}

func total(s Source, n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		sum += s.Next()
	}
	return sum
}

func main() {
	emit(printSink{"put"}, "a", "b")
	fmt.Println(total(&counter{}, 4))
	t := ticker{make(chan int)}
	go func() {
		for i := 10; ; i++ {
			t.ch <- i
		}
	}()
	fmt.Println(total(t, 3))
}
