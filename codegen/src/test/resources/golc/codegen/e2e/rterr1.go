package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	defer fmt.Println("deferred runs")
	fmt.Println(s[i])
}
