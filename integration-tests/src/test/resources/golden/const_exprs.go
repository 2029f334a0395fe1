// Constant expressions: untyped arithmetic beyond 64 bits, exact division, typed results wrapping at run time.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Third = 1.0 / 3
	Exact = Big / (Big / 10)
	Mixed = 'a' + 1.0
	Str   = "con" + "cat"
)

type Level int8

const Max Level = 127

func main() {
	fmt.Println(Small, Exact, Mixed, Str, len(Str))
	fmt.Println(Third, float32(Third), Third*3 == 1)
	var l = Max
	l++
	fmt.Println(Max, l)
	const shift = 3
	var x uint8 = 1 << shift
	x <<= shift
	fmt.Println(x, x<<shift)
	fmt.Println(Big/Big, Big%7, -7/2, -7%2, 7>>1, -7>>1)
	const f = 5 / 2
	const g = 5 / 2.0
	fmt.Println(f, g, 1e3, int64(1e18))
	fmt.Printf("%T %T %T %T\n", f, g, Mixed, 'x')
	var r rune = 'A' + 25
	fmt.Println(r, string(r))
}
