// Range loops over slices and arrays are compiled as int counted loops whose element accesses skip Go's bounds
// check when the index is provably in range; every case here must still check (or not) exactly as Go does.
package main

import "fmt"

type point struct{ x, y int }

func sum(s []float64) float64 {
	t := 0.0
	for i := range s {
		t += s[i]
	}
	return t
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	s := []float64{1, 2, 3, 4}
	fmt.Println(sum(s), sum(s[1:3]), sum(nil))

	// A sub-slice: element i of the window, not of the backing array.
	w := s[2:]
	for i := range w {
		w[i] *= 10
	}
	fmt.Println(s)

	// Index and value, arrays by value and through pointers.
	a := [5]int{5, 4, 3, 2, 1}
	b := [5]int{}
	for i, v := range a {
		b[i] = v * a[i]
	}
	fmt.Println(b)
	pa := &a
	for i := range pa {
		pa[i]++
	}
	fmt.Println(a)

	// Struct elements (pointers to them) and nested loops.
	ps := make([]point, 3)
	for i := range ps {
		p := &ps[i]
		p.x = i
		for j := range ps {
			p.y += j * ps[j].x
		}
	}
	fmt.Println(ps)

	// The slice is reassigned in the body: its accesses are checked again.
	try("shrink", func() {
		t := []int{1, 2, 3}
		for i := range t {
			t = t[:1]
			fmt.Println(i, t[i])
		}
	})

	// The key is changed in the body.
	try("key", func() {
		t := []int{1, 2, 3}
		for i := range t {
			i++
			fmt.Println(i, t[i])
		}
	})

	// Indexing another slice with the range index.
	try("other", func() {
		t := []int{1, 2, 3}
		u := []int{7, 8}
		for i := range t {
			fmt.Println(u[i])
		}
	})

	// The key declared outside (assignment form) and read after the loop.
	k := -1
	for k = range s {
		s[k] += 0.5
	}
	fmt.Println(k, s)

	// A nil pointer to an array: the loop runs len times, indexing through it panics.
	try("nilptr", func() {
		var p *[3]int
		n := 0
		for i := range p {
			n++
			_ = p[i]
		}
		fmt.Println(n)
	})

	// Closures see the per-loop variable.
	var fs []func() int
	for i := range a {
		fs = append(fs, func() int { return a[i] })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Division by constants keeps Go's semantics.
	x, y := -7, int8(-128)
	fmt.Println(x/2, x%2, x/-1, y/-1, y%-1, uint32(4294967295)/3, uint64(1<<63+5)%10)
}
