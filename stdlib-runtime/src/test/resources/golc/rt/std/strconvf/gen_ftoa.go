// Generates ftoa_cases.txt and atof_cases.txt with real Go:
//   cd this dir && GOCACHE=/tmp/gocache GO111MODULE=off /usr/lib/go-1.19/bin/go run gen_ftoa.go
// ftoa line: float64 bits (hex) TAB fmt TAB prec TAB bitSize TAB FormatFloat result
// atof line: bitSize TAB strconv.Quote(input) TAB result bits (hex) TAB error kind (ok|syntax|range)
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

type fcase struct {
	fmt  byte
	prec int
}

var cases = []fcase{
	{'e', -1}, {'E', -1}, {'f', -1}, {'g', -1}, {'G', -1}, {'b', -1}, {'x', -1}, {'X', -1},
	{'e', 0}, {'e', 1}, {'e', 3}, {'e', 8}, {'e', 16}, {'e', 17}, {'e', 25},
	{'f', 0}, {'f', 1}, {'f', 2}, {'f', 6}, {'f', 20},
	{'g', 0}, {'g', 1}, {'g', 3}, {'g', 6}, {'g', 15}, {'g', 17}, {'g', 30}, {'G', 4},
	{'x', 0}, {'x', 1}, {'x', 5}, {'X', 13}, {'x', 14}, {'x', 20},
}

func values64(r *rand.Rand) []float64 {
	v := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e23, 1e21, 1e20, 1e-4, 1e-5,
		123456789, 1e100, 5e-324, math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64,
		2.2250738585072014e-308, 2.225073858507201e-308, math.Inf(1), math.Inf(-1), math.NaN(),
		0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 9.5, 99.5, 0.05, 0.15, 0.25, 0.35, 1e15, 1e16, 1e17,
		9007199254740993, 4503599627370496.5, 3.14159, 2.718281828459045, 100, 1e6, 1e7, 12345.678,
		5e-310, 1.7976931348623157e308, 4.9406564584124654e-324, 8.41e21, 5.0e-324 * 3, 1 << 53, 1<<63 - 1}
	for e := -1074; e <= 1023; e += 7 {
		v = append(v, math.Ldexp(1, e))
	}
	for e := -325; e <= 308; e += 3 {
		x, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", e), 64)
		v = append(v, x)
	}
	for i := 0; i < 600; i++ {
		v = append(v, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 300; i++ {
		v = append(v, float64(r.Int63n(1000000))/math.Pow10(r.Intn(12)))
	}
	for i := 0; i < 200; i++ {
		v = append(v, math.Float64frombits(r.Uint64()&(1<<52-1))) // subnormal
	}
	return v
}

func values32(r *rand.Rand) []float64 {
	v := []float64{0, 1, 0.1, 1.0 / 3, 16777216, 16777217, 3.4028234663852886e38, 1.401298464324817e-45,
		1.1754943508222875e-38, 1e-45, 3.14159, float64(float32(0.3)), float64(float32(1e23))}
	for i := 0; i < 400; i++ {
		v = append(v, float64(math.Float32frombits(r.Uint32())))
	}
	for i := 0; i < 200; i++ {
		v = append(v, float64(float32(float64(r.Int63n(100000))/math.Pow10(r.Intn(8)))))
	}
	return v
}

func atofInputs(r *rand.Rand) []string {
	in := []string{"", "0", "-0", "+0", "1", "1.5", "-1.5", ".5", "5.", ".", "-", "+", "e5", "1e", "1e+", "1e-5",
		"1E5", "1e400", "-1e400", "1e-400", "1e-324", "2e-324", "3e-324", "4.9e-324", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "inf", "Inf", "+Inf", "-inf", "infinity", "-Infinity",
		"infinit", "infx", "nan", "NaN", "-nan", "+nan", "nanx", "0x1p-2", "0x1.8p1", "0X1P+3", "0x1", "0x1.fffffffffffffp1023",
		"0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x.8p1", "0x_1p0", "1_000.5", "1__0", "_1",
		"1_", "0x1_0p0", "1e1_0", "0_1", "1.5x", " 1", "1 ", "123456789012345678901234567890", "0.000000000000000000000000001",
		"3.4028235e38", "3.4028236e38", "1e39", "1.4e-45", "7e-46", "0x1p128", "0x1.fffffep127", "0x1.ffffffp127",
		"100000000000000016777215", "100000000000000016777216", "9007199254740993", "2.2250738585072011e-308",
		"1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126", "0.1e", "1e+1e", "--1", "1..2", "0x", "0x.p1", "0xp1",
		"1e10000000000", "1e-10000000000", "0e99999", "0x0p0", "١"}
	for i := 0; i < 300; i++ {
		in = append(in, strconv.FormatFloat(math.Float64frombits(r.Uint64()), 'g', -1, 64))
		in = append(in, strconv.FormatFloat(math.Float64frombits(r.Uint64()), 'e', 25, 64))
		in = append(in, strconv.FormatFloat(math.Float64frombits(r.Uint64()), 'x', -1, 64))
	}
	return in
}

func main() {
	r := rand.New(rand.NewSource(19))
	f, _ := os.Create("ftoa_cases.txt")
	w := bufio.NewWriter(f)
	for _, x := range values64(r) {
		for _, c := range cases {
			fmt.Fprintf(w, "%016x\t%c\t%d\t64\t%s\n", math.Float64bits(x), c.fmt, c.prec, strconv.FormatFloat(x, c.fmt, c.prec, 64))
		}
	}
	for _, x := range values32(r) {
		for _, c := range cases {
			fmt.Fprintf(w, "%016x\t%c\t%d\t32\t%s\n", math.Float64bits(x), c.fmt, c.prec, strconv.FormatFloat(x, c.fmt, c.prec, 32))
		}
	}
	w.Flush()
	f.Close()

	f, _ = os.Create("atof_cases.txt")
	w = bufio.NewWriter(f)
	for _, s := range atofInputs(r) {
		for _, bs := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bs)
			kind := "ok"
			if err != nil {
				switch {
				case errors.Is(err, strconv.ErrSyntax):
					kind = "syntax"
				case errors.Is(err, strconv.ErrRange):
					kind = "range"
				}
				kind += "\t" + err.Error()
			}
			fmt.Fprintf(w, "%d\t%s\t%016x\t%s\n", bs, strconv.Quote(s), math.Float64bits(v), kind)
		}
	}
	w.Flush()
	f.Close()
}
