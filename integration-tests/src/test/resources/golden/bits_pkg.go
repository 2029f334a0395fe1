// Package math/bits: counting, rotating, reversing, and the full-width arithmetic helpers.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize, bits.LeadingZeros(1), bits.LeadingZeros8(1), bits.LeadingZeros16(1), bits.LeadingZeros32(1), bits.LeadingZeros64(1), bits.LeadingZeros64(0))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros8(0), bits.TrailingZeros16(0x100), bits.TrailingZeros32(0), bits.TrailingZeros64(1<<40))
	fmt.Println(bits.OnesCount(255), bits.OnesCount8(0xf0), bits.OnesCount16(0xffff), bits.OnesCount32(0xdeadbeef), bits.OnesCount64(^uint64(0)))
	fmt.Println(bits.Len(0), bits.Len(1), bits.Len8(255), bits.Len16(256), bits.Len32(1<<31), bits.Len64(1<<63))
	fmt.Printf("%08b %08b %#x %#x %#x\n", bits.RotateLeft8(0b10010011, 1), bits.RotateLeft8(0b10010011, -1), bits.RotateLeft16(0x1234, 4), bits.RotateLeft32(0x80000001, 1), bits.RotateLeft64(1, -1))
	fmt.Printf("%#x\n", bits.RotateLeft(0xf, 60))
	fmt.Printf("%08b %#x %#x %#x\n", bits.Reverse8(0b00010110), bits.Reverse16(1), bits.Reverse32(1), bits.Reverse64(0x0123456789abcdef))
	fmt.Printf("%#x %#x %#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708), bits.ReverseBytes(0x0102))
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	sum, carry = bits.Add64(5, 6, 1)
	fmt.Println(sum, carry)
	s32, c32 := bits.Add32(0xffffffff, 0xffffffff, 1)
	fmt.Println(s32, c32)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	d32, b32 := bits.Sub32(10, 3, 1)
	fmt.Println(d32, b32)
	hi, lo := bits.Mul64(^uint64(0), ^uint64(0))
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(0xffffffff, 2)
	fmt.Println(h32, l32)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	q32, r32 := bits.Div32(0, 100, 7)
	fmt.Println(q32, r32)
	fmt.Println(bits.Rem64(5, 7, 3), bits.Rem32(1, 1, 10))
	hu, lu := bits.Mul(1<<40, 1<<40)
	fmt.Println(hu, lu)
	su, cu := bits.Add(1, 2, 0)
	du, bu := bits.Sub(1, 2, 0)
	fmt.Println(su, cu, du, bu)
	defer func() { fmt.Println("recovered:", recover()) }()
	zero := uint64(0)
	bits.Div64(0, 1, zero)
}
