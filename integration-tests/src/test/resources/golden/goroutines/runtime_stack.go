package main

// runtime.Stack: the calling goroutine first, then (all=true) every other
// goroutine with what it waits on. Only what golc and Go print alike is
// compared: the goroutine headers and the function names (golc leaves out
// argument words and +0x offsets, as its panic traces do).

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"
)

func waitRecv(c chan int) { <-c }

func waitSelect(c, d chan int) {
	select {
	case <-c:
	case <-d:
	}
}

func summary(trace string) []string {
	var out []string
	for _, line := range strings.Split(trace, "\n") {
		switch {
		case strings.HasPrefix(line, "goroutine "):
			// "goroutine 18 [chan receive]:" -> "[chan receive]"
			out = append(out, line[strings.Index(line, "["):len(line)-1])
		case strings.HasPrefix(line, "main."):
			out = append(out, "  "+line[:strings.Index(line, "(")])
		}
	}
	return out
}

func main() {
	c, d := make(chan int), make(chan int)
	go waitRecv(c)
	go waitSelect(c, d)
	time.Sleep(20 * time.Millisecond)

	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, false)
	fmt.Println(strings.Join(summary(string(buf[:n])), "\n"))

	n = runtime.Stack(buf, true)
	blocks := strings.Split(string(buf[:n]), "\n\n")
	fmt.Println("goroutines:", len(blocks))
	fmt.Println(strings.Join(summary(blocks[0]), "\n"))
	var others []string
	for _, b := range blocks[1:] {
		others = append(others, strings.Join(summary(b), " "))
	}
	sort.Strings(others)
	for _, o := range others {
		fmt.Println(o)
	}
	fmt.Println("small buffer:", runtime.Stack(make([]byte, 10), true))
}
