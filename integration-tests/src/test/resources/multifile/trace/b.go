package main

import "log"

func logFromB() {
	log.Print("from b.go")
}

func viaB(n int) int {
	if n == 0 {
		return fromA(0)
	}
	return viaB(n-1) + 1
}
