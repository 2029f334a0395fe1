package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return fmt.Sprintf("Day(%d)", int(d))
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		fallthrough
	case n > 100:
		return "even-or-big"
	}
	return "odd"
}

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println(i, classify(-1), classify(0), classify(4), classify(101), classify(7))
	fmt.Println(Sunday, Tuesday, []Weekday{Monday, 5})
	x := 10
	for x > 0 {
		x -= 3
	}
	fmt.Println(x)
	var arr [4]string
	for i := range arr {
		arr[i] = fmt.Sprint(i * i)
	}
	fmt.Println(arr, len(arr))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	for k, v := range [3]int{7, 8, 9} {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
}
