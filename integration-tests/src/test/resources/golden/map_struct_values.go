// Maps of structs are updated by reassigning the whole value; maps of pointers update in place.
package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
	Tags  []string
}

func main() {
	byKey := map[string]Stats{}
	data := []struct {
		k string
		v float64
	}{{"x", 1}, {"y", 2.5}, {"x", 3}, {"z", -1}, {"y", 0.5}}
	for _, d := range data {
		s := byKey[d.k]
		s.Count++
		s.Sum += d.v
		s.Tags = append(s.Tags, fmt.Sprint(d.v))
		byKey[d.k] = s
	}
	ptrs := map[string]*Stats{}
	for _, d := range data {
		if ptrs[d.k] == nil {
			ptrs[d.k] = &Stats{}
		}
		ptrs[d.k].Count++
		ptrs[d.k].Sum += d.v
	}
	keys := make([]string, 0)
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %+v %v %.1f\n", k, byKey[k], ptrs[k].Count, ptrs[k].Sum)
	}
	fmt.Println(byKey)
}
