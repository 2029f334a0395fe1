// Method sets through embedding: embedded *T brings pointer methods into a value's method set.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Incer interface {
	Inc()
	Value() int
}

type ByValue struct{ Counter }
type ByPointer struct{ *Counter }

type Named struct {
	ByPointer
	Name string
}

func bump(i Incer, times int) int {
	for k := 0; k < times; k++ {
		i.Inc()
	}
	return i.Value()
}

func main() {
	bv := &ByValue{}
	fmt.Println(bump(bv, 3), bv.n)
	shared := &Counter{}
	bp := ByPointer{shared}
	fmt.Println(bump(bp, 2), shared.n)
	nm := Named{ByPointer{shared}, "n"}
	fmt.Println(bump(nm, 5), shared.Value(), nm.Value(), nm.n)
	var i Incer = nm
	copyOf := nm
	copyOf.Inc()
	fmt.Println(i.Value(), shared.n)
}
