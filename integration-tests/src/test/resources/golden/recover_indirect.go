package main

import "fmt"

// recover() stops a panic only when called directly by the deferred function the panic runs
// (cases from Go's test/recover.go and test/recover1.go).

type T struct{}

func (T) M() { fmt.Println("method recovered:", recover()) }

type I interface{ M() }

func helper() interface{} { return recover() }

func report(name string) {
	fmt.Println(name, "still panicking:", recover())
}

func indirect() {
	defer report("indirect")
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("p1")
}

func direct() {
	defer report("direct")
	defer func() {
		fmt.Println("direct got:", recover())
	}()
	panic("p2")
}

func deferRecoverItself() {
	defer report("defer recover()")
	defer recover() // no-op: recover is the deferred call, not called by it
	panic("p3")
}

func deferRecoverInDeferred() {
	defer report("defer recover() in deferred func")
	defer func() {
		defer recover() // runs at this function's return: like a direct call from it
	}()
	panic("p4")
}

func nestedNormalReturn() {
	defer report("nested")
	defer func() {
		func() {
			defer func() {
				// this deferred call runs at a normal return, not for the panic
				fmt.Println("inner deferred got:", recover())
			}()
		}()
	}()
	panic("p5")
}

func viaMethod() {
	defer report("method")
	var t T
	defer t.M()
	panic("p6")
}

func viaInterface() {
	defer report("interface")
	var i I = T{}
	defer i.M()
	panic("p7")
}

func sequential() {
	defer report("sequential")
	defer func() {
		defer recover() // recovers p8 after the inner panic p9 was recovered
		defer func() { fmt.Println("inner got:", recover()) }()
		panic("p9")
	}()
	panic("p8")
}

func swapped() {
	defer report("swapped")
	defer func() {
		defer func() { fmt.Println("swapped inner got:", recover()) }()
		defer recover() // runs for p11's panic: a no-op
		panic("p11")
	}()
	panic("p10")
}

func main() {
	fmt.Println("no panic:", recover())
	indirect()
	direct()
	deferRecoverItself()
	deferRecoverInDeferred()
	nestedNormalReturn()
	viaMethod()
	viaInterface()
	sequential()
	swapped()
}
