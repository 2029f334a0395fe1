package main

import (
	"fmt"
	"sync"
)

type T struct {
	c chan string
}

func (t *T) Put(s string) { t.c <- s }

type fake struct{ n int }

func (f *fake) Lock()   { f.n++ }
func (f *fake) Unlock() { f.n-- }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func lockIt(l sync.Locker) { l.Lock(); l.Unlock() }

func main() {
	t := &T{c: make(chan string, 4)}
	go t.Put("method value")
	put := t.Put
	go put("bound")
	fmt.Println(<-t.c != "", <-t.c != "")
	res := make(chan int)
	go func(xs ...int) { res <- sum(xs...) }(1, 2, 3)
	fmt.Println(<-res)
	var mu sync.Mutex
	lockIt(&mu)
	f := &fake{}
	lockIt(f)
	fmt.Println("locks ok", f.n)
	var once sync.Once
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { fmt.Println("once") })
		}()
	}
	wg.Wait()
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		cond.Broadcast()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("cond ok")
}
