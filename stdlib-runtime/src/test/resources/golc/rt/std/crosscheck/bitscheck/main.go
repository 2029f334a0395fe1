// Compares golc's math/bits with Go's on random values.
package main

import (
	"fmt"
	"math/bits"
	"math/rand"
	my "my/math/bits"
)

func main() {
	bad := 0
	check := func(ok bool) {
		if !ok {
			bad++
		}
	}
	vals := []uint64{0, 1, 2, 3, 1 << 63, 1<<64 - 1, 1 << 32, 1<<32 - 1}
	for i := 0; i < 20000; i++ {
		vals = append(vals, rand.Uint64()>>uint(rand.Intn(64)))
	}
	for i, x := range vals {
		y := vals[(i*13+5)%len(vals)]
		k := rand.Intn(200) - 100
		check(bits.Len64(x) == my.Len64(x) && bits.LeadingZeros64(x) == my.LeadingZeros64(x) && bits.TrailingZeros64(x) == my.TrailingZeros64(x))
		check(bits.OnesCount64(x) == my.OnesCount64(x) && bits.Reverse64(x) == my.Reverse64(x) && bits.ReverseBytes64(x) == my.ReverseBytes64(x))
		check(bits.RotateLeft64(x, k) == my.RotateLeft64(x, k) && bits.RotateLeft32(uint32(x), k) == my.RotateLeft32(uint32(x), k) && bits.RotateLeft8(uint8(x), k) == my.RotateLeft8(uint8(x), k))
		check(bits.Len8(uint8(x)) == my.Len8(uint8(x)) && bits.TrailingZeros8(uint8(x)) == my.TrailingZeros8(uint8(x)) && bits.Reverse8(uint8(x)) == my.Reverse8(uint8(x)) && bits.Reverse16(uint16(x)) == my.Reverse16(uint16(x)))
		h1, l1 := bits.Mul64(x, y)
		h2, l2 := my.Mul64(x, y)
		check(h1 == h2 && l1 == l2)
		for c := uint64(0); c < 2; c++ {
			s1, c1 := bits.Add64(x, y, c)
			s2, c2 := my.Add64(x, y, c)
			d1, b1 := bits.Sub64(x, y, c)
			d2, b2 := my.Sub64(x, y, c)
			check(s1 == s2 && c1 == c2 && d1 == d2 && b1 == b2)
		}
		if y != 0 {
			hi := x % y
			q1, r1 := bits.Div64(hi, x, y)
			q2, r2 := my.Div64(hi, x, y)
			check(q1 == q2 && r1 == r2)
			check(bits.Rem64(x, y, y) == my.Rem64(x, y, y))
		}
	}
	fmt.Println("failures:", bad)
}
