package main

import "fmt"

func main() {
	var f32 float32 = 16777216
	f32++
	fmt.Println(f32, float32(1)/3, float64(float32(1)/3))
	var x float64 = 1e20
	fmt.Println(int64(x), int32(int64(x)), uint8(300+int(f32)%7))
	fmt.Println(int64(1<<63-1), int64(-1<<63), uint64(1<<64-1))
	var u32 uint32 = 4000000000
	fmt.Println(u32, u32/3, u32%7, u32 > 3000000000, float64(u32), int(u32), int32(u32))
	var i32 int32 = 1<<31-1
	i32 += 2
	fmt.Println(i32, -i32, i32*i32)
	var u16 uint16 = 65535
	u16 += 3
	fmt.Println(u16, u16<<15, u16>>1)
	var i64 int64 = -1<<63
	fmt.Println(i64/-1, i64%-1, -i64)
	zero := 0.0
	nan := zero / zero
	fmt.Println(1/zero, -1/zero, nan == nan, nan != nan)
	c := complex(1, 2)
	c2 := c * c
	fmt.Println(c2, real(c2), imag(c2), c == complex(1, 2))
	var r rune = 'é'
	var b byte = 'A'
	fmt.Println(r, b, string(r), string(b), r+1, b+200)
	fmt.Printf("%08.3f|%-5d|%5s|%x|%X|%o|%b|%e|%g\n", 3.14159265358979, 42, "ab", "hi", 3054, 8, 5, 123456.789, 1e-7)
	h := 0
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	fmt.Println(h, uint64(h)*0x9e3779b97f4a7c15)
}
