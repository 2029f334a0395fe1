package main

import "fmt"

func try(c chan int) string {
	select {
	case v := <-c:
		return fmt.Sprint("received ", v)
	default:
		return "nothing"
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(try(c))
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(try(c), try(c), try(c))
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
	close(c)
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case _, ok := <-c:
			if !ok {
				n++
			}
		default:
			fmt.Println("closed channel is always ready")
		}
	}
	fmt.Println("closed receives:", n)
	count := 0
loop:
	for {
		select {
		default:
			count++
			if count == 3 {
				break loop
			}
		}
	}
	fmt.Println("count", count)
}
