// Signed integers of every width wrap around on overflow (two's complement).
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8", a)
	a = -128
	a--
	fmt.Println("int8", a)
	var b int16 = 32767
	b += 2
	fmt.Println("int16", b)
	var c int32 = 2147483647
	c++
	fmt.Println("int32", c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println("int64", d)
	var e int = -9223372036854775808
	e--
	fmt.Println("int", e)
	var m int8 = -128
	fmt.Println("neg", -m, m*-1)
	var p int32 = 100000
	fmt.Println("mul", p*p)
	var q int16 = 300
	fmt.Println("mul16", q*q)
	var r rune = 'a'
	r *= 1 << 24
	fmt.Println("rune", r)
}
