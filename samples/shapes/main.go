// shapes is a two-file package: interfaces, methods and sorting across files.
package main

import (
	"fmt"
	"sort"
)

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Square{2}, Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-22s area %7.3f\n", fmt.Sprint(s), s.Area())
	}
	fmt.Printf("total area %.3f\n", Total(shapes))
}
