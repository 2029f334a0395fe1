// Compares golc's math with Go's, bit for bit, on special and random inputs. The Exp port follows the FMA
// path of Go's amd64 assembly, so run this on a CPU with AVX and FMA (as the expected outputs are made).
package main

import (
	"fmt"
	"math"
	"math/rand"
	my "my/math"
)

func main() {
	f1 := map[string][2]func(float64) float64{
		"Exp": {math.Exp, my.Exp}, "Log": {math.Log, my.Log}, "Sin": {math.Sin, my.Sin}, "Cos": {math.Cos, my.Cos},
		"Tan": {math.Tan, my.Tan}, "Atan": {math.Atan, my.Atan}, "Asin": {math.Asin, my.Asin}, "Acos": {math.Acos, my.Acos},
		"Cbrt": {math.Cbrt, my.Cbrt}, "Log10": {math.Log10, my.Log10}, "Log2": {math.Log2, my.Log2}, "Sinh": {math.Sinh, my.Sinh},
		"Cosh": {math.Cosh, my.Cosh}, "Tanh": {math.Tanh, my.Tanh}, "Expm1": {math.Expm1, my.Expm1}, "Log1p": {math.Log1p, my.Log1p},
		"Exp2": {math.Exp2, my.Exp2}, "Round": {math.Round, my.Round}, "Trunc": {math.Trunc, my.Trunc}, "Asinh": {math.Asinh, my.Asinh},
		"Acosh": {math.Acosh, my.Acosh}, "Atanh": {math.Atanh, my.Atanh}, "Sqrt": {math.Sqrt, my.Sqrt}, "Abs": {math.Abs, my.Abs},
	}
	inputs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, 10, 100, 1e-310, 5e-324, 1e300, -1e300, 709.7, 709.8,
		-745.1, -708.5, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, 1e10, 1e20, 2.5, -2.5, 0.49999999999999994}
	for i := 0; i < 20000; i++ {
		switch i % 4 {
		case 0:
			inputs = append(inputs, rand.Float64()*20-10)
		case 1:
			inputs = append(inputs, rand.NormFloat64()*1000)
		case 2:
			inputs = append(inputs, math.Float64frombits(rand.Uint64()))
		default:
			inputs = append(inputs, rand.Float64())
		}
	}
	bad := 0
	for name, fs := range f1 {
		for _, x := range inputs {
			a, b := fs[0](x), fs[1](x)
			if math.Float64bits(a) != math.Float64bits(b) && !(a != a && b != b) {
				if bad < 10 {
					fmt.Printf("  %s(%v): go %v ours %v\n", name, x, a, b)
				}
				bad++
			}
		}
	}
	for i := 0; i < 20000; i++ {
		x, y := inputs[i], inputs[(i*7+3)%len(inputs)]
		if i%3 == 0 {
			y = float64(rand.Intn(20) - 10)
		}
		for _, p := range [][2]float64{{math.Pow(x, y), my.Pow(x, y)}, {math.Atan2(x, y), my.Atan2(x, y)},
			{math.Hypot(x, y), my.Hypot(x, y)}, {math.Mod(x, y), my.Mod(x, y)}, {math.Max(x, y), my.Max(x, y)},
			{math.Min(x, y), my.Min(x, y)}} {
			if math.Float64bits(p[0]) != math.Float64bits(p[1]) && !(p[0] != p[0] && p[1] != p[1]) {
				bad++
			}
		}
	}
	for n := -330; n < 320; n++ {
		if math.Pow10(n) != my.Pow10(n) {
			bad++
		}
	}
	fmt.Println("failures:", bad)
}
