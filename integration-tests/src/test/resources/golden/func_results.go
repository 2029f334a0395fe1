// Multiple and named results, bare returns, and passing multiple results on.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func sum3(a, b, c int) int { return a + b + c }
func three() (int, int, int) { return 1, 2, 3 }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(split(17))
	for _, s := range []string{"123", "", "12x"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	fmt.Println(sum3(three()))
	a, b := swap("x", "y")
	a, b = b, a
	fmt.Println(a, b)
	_, onlyR := divmod(9, 4)
	fmt.Println(onlyR)
}
