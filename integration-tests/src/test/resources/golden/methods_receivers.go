// Value receivers work on copies; pointer receivers mutate; addressable values get & implicitly.
package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Get() int      { return c.n }
func (c Counter) IncCopy()      { c.n++ }
func (c *Counter) Inc()         { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Names []string

func (n Names) Len() int      { return len(n) }
func (n *Names) Add(s string) { *n = append(*n, s) }

func main() {
	var c Counter
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	c.Add(10).Add(100).Inc()
	fmt.Println(c.n)
	arr := []Counter{{1}, {2}}
	arr[0].Inc()
	fmt.Println(arr)
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var ns Names
	ns.Add("a")
	ns.Add("b")
	fmt.Println(ns, ns.Len())
}
