// NaN is not equal to itself: in comparisons, arrays, structs, interfaces and as map keys.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan))
	arr := [2]float64{1, nan}
	fmt.Println(arr == arr, arr)
	type P struct{ X float64 }
	fmt.Println(P{nan} == P{nan}, P{1} == P{1})
	var i, j interface{} = nan, nan
	fmt.Println(i == j)
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 1
	m[1] = 3
	_, found := m[nan]
	fmt.Println(len(m), found, m[1], m[nan])
	fmt.Println(m)
	delete(m, nan)
	fmt.Println(len(m))
	posZero, negZero := 0.0, math.Copysign(0, -1)
	fmt.Println(posZero == negZero, 1/posZero, 1/negZero)
	z := map[float64]string{posZero: "zero"}
	z[negZero] = "neg zero"
	fmt.Println(len(z), z[posZero])
}
