// Numeric conversions: truncation, sign extension, float to integer and back.
package main

import "fmt"

func main() {
	var big int64 = 0x1234567890
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))
	var neg int32 = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), int64(neg))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int(u8), rune(u8))
	var u32 uint32 = 0xFFFFFFF0
	fmt.Println(int32(u32), int64(u32), uint64(u32), float64(u32))
	var u64 uint64 = 1<<64 - 1
	fmt.Println(int64(u64), float64(u64), uint32(u64))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(f), int64(f*1e10))
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32), float32(0.1), float64(float32(0.1)))
	i := 7
	fmt.Println(float64(i)/2, i/2, float32(i)/3)
	var r rune = 0x10FFFF
	fmt.Println(r, byte(r), int16(r))
	type Celsius float64
	c := Celsius(36.6)
	fmt.Println(c, int(c), float64(c)+1)
	var h uint16 = 0x8000
	fmt.Println(int16(h), int32(int16(h)), uint32(int16(h)))
}
