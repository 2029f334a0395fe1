package main

import (
	"fmt"
	"os"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func idx(s []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("caught:", r)
			v = -1
		}
	}()
	return s[i]
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

type T struct{ x int }

func nilDeref() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("nil deref:", ok, err)
	}()
	var p *T
	fmt.Println(p.x)
}

func conv() {
	defer func() {
		fmt.Println("conv:", recover())
	}()
	var i interface{} = "str"
	n := i.(int)
	fmt.Println(n)
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(idx([]int{1, 2, 3}, 5))
	order()
	nilDeref()
	conv()
	defer fmt.Println("main deferred")
	var m map[string]int
	if len(os.Args) > 5 {
		m = map[string]int{}
	}
	func() {
		defer func() { fmt.Println("map:", recover()) }()
		m["a"] = 1
	}()
	panic(fmt.Sprintf("boom %d", 42))
}
