package main

import "fmt"

func main() {
	a := []interface{}{[]int{1}, 2}
	b := []interface{}{[]int{1}, 2}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(a[0] == b[0])
}
