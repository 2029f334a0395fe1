// Constants and iota: implicit repetition, skipped values, typed constants and bit masks.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
)

const big = 1 << 100
const ratio = big >> 98
const pi = 3.14159265358979323846264338327950288
const greeting = "hello, " + "world"

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Println(ratio, pi*2, len(greeting), greeting)
	const local = 'x' + 1
	fmt.Println(local, string(rune(local)))
	var f float32 = pi
	fmt.Println(f, big/(big>>3))
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Printf("%T %T %T %T\n", Monday, Read, ratio, pi)
}
