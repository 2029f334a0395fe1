package main

import "fmt"

type I interface{ M() int }

type V int

func (v V) M() int { return int(v) }

type Inner struct{ n int }

func (in Inner) M() int { return in.n }

type Outer struct{ *Inner }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
	fmt.Println(name, "did not panic")
}

// Go evaluates a method value's receiver, &*p and a deferred interface call's receiver where they appear:
// a nil one panics there, not later when the value is called.
func main() {
	var i I
	var pv *V
	var o Outer
	var pi *int
	var ps *[]byte
	try("i.M", func() { _ = i.M })
	try("pv.M", func() { _ = pv.M })
	try("o.M", func() { _ = o.M })
	try("&*pi", func() { _ = &*pi })
	try("&*ps", func() { _ = &*ps })
	try("defer i.M()", func() { defer i.M() })
	good := I(V(7))
	f := good.M
	fmt.Println(f())
	x := 5
	fmt.Println(*&*&x)
}
