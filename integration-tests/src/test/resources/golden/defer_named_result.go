// Deferred closures can read and change named results after the return statement set them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func counted() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return 5, errors.New("io")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func order() (s string) {
	defer func() { s += "3" }()
	defer func() { s += "2" }()
	s = "1"
	return s + "0"
}

func main() {
	fmt.Println(double())
	fmt.Println(counted())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(order())
}
