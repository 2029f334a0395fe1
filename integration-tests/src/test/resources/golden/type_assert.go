// Type assertions to concrete and interface types, with and without comma-ok.
package main

import (
	"errors"
	"fmt"
)

type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

type MyInt int

func main() {
	var x interface{} = 7
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	_, ok = x.(MyInt)
	fmt.Println(ok)
	x = MyInt(3)
	m := x.(MyInt)
	fmt.Println(m+1, x)
	x = Dog{}
	nm, ok := x.(Named)
	fmt.Println(nm.Name(), ok)
	_, ok = x.(fmt.Stringer)
	fmt.Println(ok)
	var e error = errors.New("boom")
	_, ok = e.(interface{ Unwrap() error })
	fmt.Println(ok)
	x = nil
	_, ok = x.(int)
	fmt.Println(ok)
	vals := []interface{}{1, "a", 2.5, Dog{}, nil, []int{1}}
	for _, v := range vals {
		if i, ok := v.(int); ok {
			fmt.Println("int", i)
		} else if s, ok := v.(string); ok {
			fmt.Println("string", s)
		} else if d, ok := v.(Named); ok {
			fmt.Println("named", d.Name())
		} else {
			fmt.Println("other", v)
		}
	}
}
