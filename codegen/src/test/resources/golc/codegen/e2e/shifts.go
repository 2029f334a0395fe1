package main

import "fmt"

func main() {
	var x int = 1
	var i8 int8 = -128
	var u8 uint8 = 0x81
	var u32 uint32 = 0x80000001
	var u64 uint64 = 1 << 63
	var n uint = 3
	var big uint = 200
	const M = ^uint(0)
	fmt.Println(x<<(M+0), x<<1., x<<(1<<x), i8>>1, i8<<1, u8>>1, u8<<1, u32>>31, u32<<1)
	fmt.Println(u64>>63, u64>>n, int64(u64)>>n, x<<big, -x>>big, u8>>big, i8>>big, u32<<32)
	var s int = -1
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x << s)
}
