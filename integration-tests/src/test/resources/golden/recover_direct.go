// recover stops a panic only when called directly by the deferred function
// (Go spec, "Handling panics"), through whatever wrappers golc calls it.
package main

import (
	"errors"
	"fmt"
)

type Catcher interface{ Catch() }

type T struct{ name string }

func (t T) Catch() {
	fmt.Println(t.name, "recovered:", recover())
}

func (t *T) CatchPtr() {
	fmt.Println(t.name, "(pointer) recovered:", recover())
}

type Outer struct{ T }

// Promoted methods are called through wrappers, which do not count as calls.
func viaPromoted() {
	o := Outer{T{"promoted method"}}
	defer o.Catch()
	var c Catcher = Outer{T{"promoted through an interface"}}
	func() {
		defer c.Catch()
		panic("p0")
	}()
	panic("p1")
}

func helper() any { return recover() }

func catchGeneric[V any](label V) {
	fmt.Println(label, "recovered:", recover())
}

func viaInterface() {
	var c Catcher = T{"interface method"}
	defer c.Catch()
	panic("p1")
}

func viaMethodValue() {
	t := &T{"method value"}
	f := t.CatchPtr
	defer f()
	panic("p2")
}

func viaGeneric() {
	defer catchGeneric("generic function")
	panic(errors.New("p3"))
}

func nestedHelper() (r any) {
	defer func() {
		fmt.Println("helper called by the deferred func:", helper())
		r = recover()
	}()
	panic("p4")
}

func deferRecoverDirect() {
	defer func() {
		defer recover() // recovers: runs as the deferred func returns
	}()
	panic("p5")
}

func main() {
	viaPromoted()
	viaInterface()
	viaMethodValue()
	viaGeneric()
	fmt.Println("nestedHelper returned:", nestedHelper())
	deferRecoverDirect()
	fmt.Println("after p5")
	fmt.Println("recover outside a panic:", recover())
	func() {
		defer func() { fmt.Println("normal return, recover:", recover()) }()
	}()
}
