// %T names every kind of type as Go spells it, including unnamed composite and function types.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var sb strings.Builder
	values := []interface{}{
		1, int8(1), uint(1), uintptr(1), 1.5, float32(1.5), 2i, complex64(2i), "s", 'r', byte('b'), true,
		[]int{}, [3]string{}, map[string][]int{}, &sb, sb, Celsius(1), []Celsius{},
		struct{ A int }{}, &struct{}{}, new(int), new([2]bool), errors.New("e"),
		func() {}, func(int, ...string) (bool, error) { return false, nil }, []interface{}{}, [][]*int{},
		make(chan int), make(<-chan string), make(chan<- []byte), map[[2]int]struct{}{},
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T %T\n", nil, error(nil))
}
