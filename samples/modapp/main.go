// modapp is a program of several packages in one Go module (go.mod): golc resolves imports under the
// module path to the module's directories, as go build does.
//
//	./golc run samples/modapp
package main

import (
	"fmt"
	"sync"

	"example.com/modapp/internal/store"
	"example.com/modapp/shapes"
)

func main() {
	all := []shapes.Shape{shapes.Circle{R: 1}, &shapes.Rect{W: 3, H: 2}, shapes.Circle{R: 0.5}}
	for _, s := range all {
		fmt.Printf("%-14v %T area %.3f\n", s, s, s.Area())
	}
	big := shapes.Largest(all, func(s shapes.Shape) float64 { return s.Area() })
	fmt.Println("largest:", big)

	t := store.New()
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			t.Add([]string{"red", "green", "blue"}[i%3])
		}(i)
	}
	wg.Wait()
	fmt.Println(t.Report())

	defer func() { fmt.Println("recovered:", recover()) }()
	store.MustPositive(-2)
}
