package main

import "fmt"

var s uint = 33

func main() {
	n := 40
	a := uint64(1 << uint(n))
	b := 1<<s + 1
	var v int64 = 1 << s
	var w = uint64(1<<s) + 5
	var f float64 = float64(int64(1) << s)
	fmt.Println(a, b, v, w, f)
	fmt.Println(uint64(1<<uint(n)) >> 20)
	x := []int{1, 2, 3}
	fmt.Println(x[1<<(s-33)])
	var m uint8 = 1 << (s - 30)
	fmt.Println(m, int32(1)<<s, 1<<s == 1<<33)
}
