// Float formatting with %v, %g, %e, %f, %G and precision, for float32 and float64.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1e6, 1e21, 1.5e-7, 123456789.125, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.2f|%G|%E\n", v, v, v, v, v, v, v)
	}
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32), f32*f32)
	fmt.Printf("%v %g %.3g %.10g\n", f32, f32, 1234.5678, 1.0/3)
	fmt.Println(100.0, 1e-5, 2.0/3.0, float32(2.0)/3, -0.0, math.Copysign(0, -1))
	fmt.Printf("%6.2f|%-8.1e|%+.0f|%.0f|%.0f\n", math.Pi, math.E, 2.5, 0.5, 1.5)
	fmt.Printf("%x %.3x\n", 1.0, 3.5)
	fmt.Println(float32(math.MaxFloat32), math.MaxFloat32, 5e-324)
}
