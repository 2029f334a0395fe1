// runtime's scheduler queries in a program whose main never blocks (golc then runs it without a scheduler):
// GOMAXPROCS reads back what was set, NumGoroutine is 1 (Go's test/fixedbugs/bug370.go crashed here).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(2)
	runtime.GC()
	fmt.Println("previous:", runtime.GOMAXPROCS(1))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("cpus > 0:", runtime.NumCPU() > 0)
}
