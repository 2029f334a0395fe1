package main

import "fmt"

func main() {
	defer func() {
		fmt.Println(recover())
		var n uint = 0
		k := -1
		x := 8
		fmt.Println(x<<n, x>>k)
	}()
	z := 0
	fmt.Println(10 / z)
}
