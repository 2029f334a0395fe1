// Order of evaluation: operands left to right, op-assignment evaluates its index once, call arguments in order.
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(i int) int {
	trace = append(trace, fmt.Sprint("idx", i))
	return i
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func main() {
	a := []int{10, 20, 30}
	a[idx(1)] += 5
	a[idx(2)]++
	fmt.Println(a, trace)
	trace = nil
	sum := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(sum, trace)
	trace = nil
	m := map[int]int{}
	m[t("key", 7)] = t("value", 8)
	fmt.Println(m, trace)
	trace = nil
	fmt.Println(t("arg1", 1), t("arg2", 2))
	fmt.Println(trace)
	trace = nil
	x, y := pair()
	s := []int{t("e0", 0), t("e1", 1)}
	fmt.Println(x, y, s, trace)
	trace = nil
	ok := t("l", 0) == 1 && t("r", 1) == 1
	ok2 := t("l2", 1) == 1 || t("r2", 1) == 1
	fmt.Println(ok, ok2, trace)
	i := 0
	i, a[i] = 2, 99
	fmt.Println(i, a)
}
