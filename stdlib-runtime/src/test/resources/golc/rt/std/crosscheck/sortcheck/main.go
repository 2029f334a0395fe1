// Sorts random data with many ties with Go's sort and golc's, which must agree element for element.
package main

import (
	"fmt"
	"math/rand"
	mysort "my/sort"
	"sort"
)

type P struct{ k, id int }

func main() {
	bad := 0
	for trial := 0; trial < 300; trial++ {
		n := rand.Intn(2000)
		mod := 1 + rand.Intn(50)
		a := make([]P, n)
		for i := range a {
			a[i] = P{rand.Intn(mod), i}
		}
		if trial%3 == 1 {
			sort.Slice(a, func(i, j int) bool { return a[i].id > a[j].id })
		}
		b := append([]P(nil), a...)
		c := append([]P(nil), a...)
		d := append([]P(nil), a...)
		sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
		mysort.Slice(b, func(i, j int) bool { return b[i].k < b[j].k })
		sort.SliceStable(c, func(i, j int) bool { return c[i].k < c[j].k })
		mysort.SliceStable(d, func(i, j int) bool { return d[i].k < d[j].k })
		for i := range a {
			if a[i] != b[i] || c[i] != d[i] {
				bad++
				break
			}
		}
	}
	fmt.Println("failures:", bad)
}
