// A value whose method set lacks a method does not implement the interface.
package main

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2} // ERROR "cannot use Sq\{…\} \(value of type Sq\) as type Shape in variable declaration"
	_ = s
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = n
}
