// Package shapes is a package of the modapp module: exported types, methods, an interface and a generic
// function, imported by the main package through the module path.
package shapes

import (
	"fmt"
	"math"
)

// Shape is anything with an area and a name.
type Shape interface {
	Area() float64
	fmt.Stringer
}

type Circle struct{ R float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("circle(r=%g)", c.R) }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64  { return r.W * r.H }
func (r *Rect) String() string { return fmt.Sprintf("rect(%gx%g)", r.W, r.H) }

// Largest returns the element with the largest key.
func Largest[T any](xs []T, key func(T) float64) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return best
}
