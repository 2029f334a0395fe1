// Bitwise operators and shifts, including &^, negative values and shifts past the width.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var x int8 = -8
	fmt.Println(x>>1, x<<1, x>>10, uint8(x)>>1)
	var y uint32 = 1
	for _, s := range []uint{0, 1, 31, 32, 33, 100} {
		fmt.Println("shift", s, y<<s, int64(1)<<s, uint8(1)<<s)
	}
	var z int64 = -1
	fmt.Println(z>>63, z>>64, uint64(z)>>60)
	n := 0xDEADBEEF
	fmt.Printf("%x %x %x\n", n>>16, n&0xFFFF, n^0xFFFFFFFF)
	count := 0
	for v := uint64(0xF0F0F0F0F0F0F0F0); v != 0; v &= v - 1 {
		count++
	}
	fmt.Println("popcount", count)
	var m uint16 = 0xABCD
	fmt.Printf("%04x %04x\n", m<<4, m>>4)
}
