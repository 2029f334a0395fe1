package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c uint32 = 1 << 31
	c *= 2
	var d uint64 = 1<<64 - 1
	fmt.Println(a, b, c, d, d/3, d%7)
	var e int16 = -32768
	e = -e
	fmt.Println(e, ^b, ^uint16(0), -7/2, -7%2, 7>>1, -7>>1)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	var s uint = 70
	fmt.Println(int64(1)<<(s-8), uint32(1)<<31>>31, int32(-1)>>40)
	x := 3.7
	fmt.Println(int(x), int(-x), uint8(int(x)+253), float32(0.1), float64(float32(0.1)))
	var u64 uint64 = 1 << 63
	fmt.Println(float64(u64), uint64(float64(u64)), u64 > 5, int64(u64) < 0)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Printf("%d %x %v %T\n", 255, 255, int8(-3), uint16(3))
}
