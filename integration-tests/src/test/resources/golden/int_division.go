// Integer division truncates toward zero; % takes the sign of the dividend; MinInt64 / -1 wraps.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}} {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var m int64 = math.MinInt64
	var neg int64 = -1
	fmt.Println(m/neg, m%neg)
	var m8 int8 = -128
	var n8 int8 = -1
	fmt.Println(m8/n8, m8%n8)
	var m32 int32 = math.MinInt32
	var n32 int32 = -1
	fmt.Println(m32/n32, m32%n32)
	x := 100
	x /= 7
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	fmt.Println(-9/4, -9%4, 9/-4, 9%-4)
	var u uint8 = 255
	fmt.Println(u/2, u%16)
}
