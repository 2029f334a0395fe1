package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		v, ok := <-in
		if !ok {
			done <- name
			return
		}
		if v >= 100000 {
			close(out)
			done <- name
			return
		}
		out <- v + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	a, b := <-done, <-done
	fmt.Println(a != b, (a == "ping" || a == "pong") && (b == "ping" || b == "pong"))
}
