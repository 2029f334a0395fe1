// recover stops a panic in a deferred call; the panic value is returned; execution resumes in the caller.
package main

import (
	"errors"
	"fmt"
)

func try(f func()) (v interface{}) {
	defer func() {
		v = recover()
	}()
	f()
	return "no panic"
}

type custom struct{ code int }

func main() {
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("boom") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("err value")) }))
	fmt.Println(try(func() { panic(custom{7}) }))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	}))
	fmt.Println(try(func() {
		var p *custom
		_ = p.code
	}))
	fmt.Println(try(func() {
		a, b := 1, 0
		_ = a / b
	}))
	fmt.Println(try(func() {
		var x interface{} = "s"
		_ = x.(int)
	}))
	r := try(func() {
		var x interface{} = 1.5
		_ = x.(fmt.Stringer)
	})
	err, isErr := r.(error)
	fmt.Println(isErr, err)
	fmt.Println(recover())
	fmt.Println("end")
}
