// Package math: Go's special cases (Inf, NaN, signed zero) and the everyday functions.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println(inf, ninf, nan, negz, 1/negz)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(ninf, 1), math.IsInf(ninf, 0), math.IsNaN(nan), math.IsNaN(inf))
	fmt.Println(math.Signbit(negz), math.Signbit(0), math.Signbit(-1), math.Signbit(nan))
	fmt.Println(nan == nan, nan < 1, nan > 1, inf > math.MaxFloat64, -inf < -math.MaxFloat64)
	// Floor, Ceil, Trunc, Round, RoundToEven.
	for _, x := range []float64{2.5, -2.5, 3.5, 0.49999999999999994, -0.4, 1e300, negz, inf, nan} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	// Mod, Remainder, Modf, Frexp, Ldexp.
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0), math.Mod(inf, 1), math.Mod(1, inf))
	fmt.Println(math.Remainder(7, 3), math.Remainder(8, 3), math.Remainder(-7, 3))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	ip, fp = math.Modf(-3.75)
	fmt.Println(ip, fp)
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4), math.Ldexp(1, -1075), math.Ldexp(1, 1024))
	// Pow special cases.
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(negz, -1), math.Pow(negz, -2))
	fmt.Println(math.Pow(nan, 0), math.Pow(1, nan), math.Pow(-1, inf), math.Pow(0.5, inf), math.Pow(2, ninf), math.Pow(-2, 3), math.Pow(ninf, 3), math.Pow(ninf, -3))
	fmt.Println(math.Pow10(3), math.Pow10(-2), math.Pow10(400), math.Pow10(-400))
	// Roots, exp, logs.
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(negz), math.Sqrt(inf), math.Cbrt(27), math.Cbrt(-8), math.Hypot(3, 4), math.Hypot(inf, nan))
	fmt.Println(math.Exp(1), math.Exp(0), math.Exp(-inf), math.Exp(1000), math.Exp2(10), math.Expm1(1e-10))
	fmt.Println(math.Log(math.E), math.Log(0), math.Log(-1), math.Log10(1000), math.Log2(8), math.Log2(10), math.Log1p(1e-10), math.Logb(8), math.Ilogb(8))
	// Trigonometry.
	fmt.Printf("%.6f %.6f %.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Asin(1), math.Acos(0), math.Atan(1))
	fmt.Println(math.Atan2(1, 1), math.Atan2(0, -1), math.Atan2(negz, -1), math.Atan2(0, 0), math.Sin(inf), math.Cos(nan))
	fmt.Printf("%.6f %.6f %.6f %.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1), math.Asinh(1), math.Acosh(2), math.Atanh(0.5))
	s, c := math.Sincos(0)
	fmt.Println(s, c)
	// Min, Max, Abs, Dim, Copysign.
	fmt.Println(math.Max(1, 2), math.Min(1, 2), math.Max(nan, 1), math.Min(inf, nan), math.Max(negz, 0), math.Min(negz, 0), math.Max(ninf, 3))
	fmt.Println(math.Abs(-3.5), math.Abs(ninf), math.Abs(negz), math.Dim(5, 3), math.Dim(3, 5), math.Copysign(3, -1), math.Copysign(-3, 1))
	// Bits of floats.
	fmt.Printf("%#x %#x %#x\n", math.Float64bits(1.0), math.Float64bits(negz), math.Float32bits(1.5))
	fmt.Println(math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32frombits(0x3fc00000))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter32(1, 2), math.Nextafter(0, 1))
	// Constants.
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Phi)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxInt32, math.MinInt32, math.MaxUint16, math.MaxUint32)
	fmt.Println(int64(math.MaxInt64), int64(math.MinInt64), uint64(math.MaxUint64), math.MaxInt, math.MinInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Gamma(5), math.Gamma(0.5), math.Erf(0), math.Erfc(0))
	lg, sign := math.Lgamma(-0.5)
	fmt.Println(lg, sign)
	fmt.Println(math.FMA(2, 3, 4), math.J0(0), math.Y0(1) < 0.1, math.J1(2), math.Jn(3, 2.5), math.Y1(1), math.Yn(2, 3))
	fmt.Println(math.Erfinv(0.5), math.Erfcinv(0.5), math.Erf(1), math.Erfc(2), math.Gamma(-1.5), math.Gamma(171), math.Gamma(172), math.Logb(0), math.Ilogb(0))
	// Conversions at the edges.
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint8(200), float32(0.1), float64(float32(0.1)))
}
