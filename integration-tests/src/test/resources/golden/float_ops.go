// float32 and float64 arithmetic, precision and the special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a float64 = 0.1
	var b float64 = 0.2
	fmt.Println(a+b, a+b == 0.3, a*3)
	var c float32 = 0.1
	var d float32 = 0.2
	fmt.Println(c+d, c*3)
	fmt.Println(1.0/3.0, float32(1.0)/3)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3.25))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(1e21, 1e20, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(float32(1e21), float32(16777216.0), float32(3.4e38))
	x := 2.5
	x *= -1
	fmt.Println(x, -x, x < 0)
	fmt.Println(math.Mod(7, 3), math.Pow(2, 10), math.Trunc(-2.7))
}
