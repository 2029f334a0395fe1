package main

import "fmt"

type pair struct{ a, b int }

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, len(c))
	c <- "c"
	c <- "d"
	fmt.Println(len(c), cap(c))
	close(c)
	for s := range c {
		fmt.Print(s)
	}
	fmt.Println()
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)

	p := make(chan pair, 1)
	p <- pair{1, 2}
	close(p)
	x := <-p
	y, ok2 := <-p
	y.a = 7
	z := <-p
	fmt.Println(x, y, ok2, z)

	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	f := make(chan float64, 2)
	f <- 1.5
	fmt.Println(<-f * 2)
}
