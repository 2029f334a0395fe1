// switch: tagless, with init statement, fallthrough, multiple values, break inside switch.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 85, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println(i, "zero")
			fallthrough
		case 1:
			fmt.Println(i, "zero or one")
		case 2, 3:
			fmt.Println(i, "two or three")
			if i == 3 {
				break
			}
			fmt.Println(i, "still two")
		default:
			fmt.Println(i, "big")
			fallthrough
		case 100:
			fmt.Println(i, "fell into 100")
		}
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
	switch {
	}
	fmt.Println("end")
}
