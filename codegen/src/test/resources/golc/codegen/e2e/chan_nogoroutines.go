package main

import "fmt"

type msg struct {
	id   int
	text string
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	mc := make(chan msg, 1)
	mc <- msg{1, "hi"}
	m := <-mc
	fmt.Println(m)
	var nilc chan string
	fmt.Println(nilc == nil, len(nilc))
	done := make(chan struct{})
	close(done)
	<-done
	fmt.Println("closed channel receives at once")
	block := make(chan int)
	block <- 1
	fmt.Println("unreachable")
}
