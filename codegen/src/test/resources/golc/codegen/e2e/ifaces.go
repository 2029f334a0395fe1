package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (q Sq) Area() float64    { return q.s * q.s }
func (q Sq) Name() string      { return "square" }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }
func (c *Circ) Name() string   { return "circle" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(i int) error {
	if i > 2 {
		return &MyErr{i}
	}
	if i == 2 {
		return errors.New("two")
	}
	return nil
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Sq{2}, &Circ{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total)
	var c Celsius = 21.5
	fmt.Println(c)
	fmt.Println(describe(nil), describe(3), describe("s"), describe(true), describe(c), describe(find(3)), describe(1.5), describe([]int{1}))
	for i := 0; i < 4; i++ {
		err := find(i)
		if err != nil {
			fmt.Println("err:", err)
		}
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("as", me.code)
		}
	}
	var x interface{} = Sq{3}
	if s, ok := x.(Shape); ok {
		fmt.Println("shape", s.Area())
	}
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
	var y interface{} = 5
	var z interface{} = 5
	fmt.Println(x == y, y == z, y != nil)
	fmt.Printf("%v %T %v %T\n", x, x, &Circ{2}, &Circ{2})
}
