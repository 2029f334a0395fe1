package main

import (
	"fmt"
	"log"
	"os"
)

// A multi-file package: panics and log's file:line must name the file each function is in.
func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	log.Print("from a.go")
	logFromB()
	fmt.Println(viaB(3))
}

func fromA(n int) int {
	var m map[string]int
	if n == 0 {
		m["x"] = 1 // nil map write: panics here, line 21 of a.go
	}
	return n
}
