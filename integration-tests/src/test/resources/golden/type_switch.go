// Type switches: concrete and interface cases, multiple types per case, nil and default.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

type Temp interface{ Kelvin() float64 }

func (c Celsius) Kelvin() float64 { return float64(c) + 273.15 }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case Temp:
		return fmt.Sprintf("temperature %.2fK", x.Kelvin())
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("slice with ", len(x), " ints")
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{nil, 1, int64(2), "héllo", Celsius(10), errors.New("bad"),
		[]int{1, 2}, func() int { return 9 }, 3.5, struct{}{}, map[string]int{}} {
		fmt.Println(describe(v))
	}
	var t Temp = Celsius(0)
	switch t.(type) {
	case Celsius:
		fmt.Println("celsius")
	}
}
