// Deferred calls run last-in first-out at function return; arguments are evaluated at the defer.
package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func work() {
	defer trace("work")()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 20
	fmt.Println("body done")
}

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func use() {
	a := &Res{"a"}
	defer a.Close()
	b := &Res{"b"}
	defer b.Close()
	a = &Res{"a2"}
	fmt.Println("using", a.name, b.name)
}

func main() {
	work()
	use()
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("main done")
}
