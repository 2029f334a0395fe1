// fmt uses String() and Error() methods, on values and pointers, nested in slices and structs.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Pixel struct {
	C   Color
	Pos Vec
}

type Fail struct{ Code int }

func (f Fail) Error() string { return fmt.Sprintf("fail %d", f.Code) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	v := Vec{1, 2}
	fmt.Println(&v, v)
	fmt.Printf("%v %+v\n", Pixel{Blue, v}, Pixel{Red, v})
	fmt.Println(Fail{3})
	var err error = Fail{4}
	fmt.Println(err)
	fmt.Printf("%v|%s|%d\n", err, err, Fail{5})
	fmt.Println(map[Color]int{Blue: 1, Red: 2})
}
