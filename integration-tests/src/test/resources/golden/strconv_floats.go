// strconv float formatting and parsing: every format byte, precisions, bit sizes, special values.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -2.5, 1.0 / 3, 123456.789, 1e-7, 6.02214076e23, math.MaxFloat64, math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'G', 5, 64), strconv.FormatFloat(v, 'g', -1, 32))
	}
	for _, s := range []string{"1.5", "-0", "1e10", ".5", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "1e", "3.4e39"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err32)
	}
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(0.125, 'f', 2, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 0.1, 'g', -1, 32)))
}
