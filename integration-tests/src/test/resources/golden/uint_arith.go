// Unsigned arithmetic: wrap-around below zero, division and comparison above the signed range.
package main

import "fmt"

func main() {
	var a uint8 = 0
	a--
	fmt.Println("uint8", a)
	var b uint16 = 65535
	b++
	fmt.Println("uint16", b)
	var c uint32 = 0
	c--
	fmt.Println("uint32", c, c/3, c%7, c>>1)
	var d uint64 = 0
	d--
	fmt.Println("uint64", d, d/10, d%10, d>>63)
	var e uint = 1 << 63
	fmt.Println("uint", e, e > 1, e*2)
	var x uint32 = 4000000000
	var y uint32 = 3000000000
	fmt.Println("cmp", x > y, x+y, x-y, y-x)
	var u uint64 = 18000000000000000000
	var v uint64 = 7
	fmt.Println("div", u/v, u%v, u > v)
	var w uintptr = 10
	w -= 11
	fmt.Println("uintptr", w)
	var by byte = 200
	by += 100
	fmt.Println("byte", by, by*3)
	var s uint8 = 0xF0
	fmt.Println("not", ^s, s<<1, s>>4)
}
