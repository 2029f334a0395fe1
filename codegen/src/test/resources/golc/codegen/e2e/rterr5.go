package main

import "fmt"

func f(n int) int {
	return 10 / n
}

func main() {
	x := []int{1, 2}
	fmt.Println(x[1:5:7] == nil)
}
