package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
)

// One goroutine reads standard input, a blocking call that occupies its
// carrier thread; the other goroutines must keep running meanwhile. The test
// harness (BlockingCallTest) writes the first line only after "waiting for
// input" has appeared, and never writes a second line nor closes the input.
func main() {
	lines := make(chan string)
	reading := make(chan bool)
	go func() {
		in := bufio.NewReader(os.Stdin)
		for {
			reading <- true
			s, err := in.ReadString('\n')
			if err != nil {
				return
			}
			lines <- strings.TrimSpace(s)
		}
	}()
	<-reading // the reader is about to block in its read

	ticks := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			time.Sleep(10 * time.Millisecond)
			ticks <- i
		}
		close(ticks)
	}()
	for i := range ticks {
		fmt.Println("tick", i)
	}
	fmt.Println("waiting for input")
	fmt.Println("read:", <-lines)

	<-reading // the reader blocks again, this time for good
	sum := 0
	done := make(chan int)
	for w := 0; w < 4; w++ {
		go func(w int) {
			n := 0
			for i := 0; i < 1000; i++ {
				n += i * w
			}
			time.Sleep(time.Duration(w) * time.Millisecond)
			done <- n
		}(w)
	}
	for w := 0; w < 4; w++ {
		sum += <-done
	}
	fmt.Println("workers:", sum)
	fmt.Println("main returns while the reader is still blocked")
}
