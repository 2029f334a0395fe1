// Package initialisation picks the earliest ready variable (Go issues 22326, 43444) and
// follows dependencies through method values and method expressions.
package main

import "fmt"

var sp = ""

func f(name string, _ ...interface{}) int {
	fmt.Print(sp, name)
	sp = " "
	return 0
}

var (
	_ = d
	_ = f("_", c, b)
	a = f("a")
	b = f("b")
	c = f("c")
	d = f("d")
)

var a2 = f("a2", x)
var b2 = f("b2", y)
var e2 = f("e2")

var x int
var y int = 42

type T struct{ n int }

func (t T) get() int { return t.n + z }
func (t *T) ptr() int { return w }

var m1 = T.get(T{1})
var m2 = T{2}.get
var m3 = (&T{}).ptr()
var z = f("z") + 10
var w = f("w") + 7

func main() {
	fmt.Println()
	fmt.Println(m1, m2(), m3)
}
