package p

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

func g[]() {} // ERROR "syntax error: empty type parameter list"

type T struct{}

func (T) m[P any]() {} // ERROR "syntax error: method must have no type parameters"

type I interface {
	m[P any]() // ERROR "interface method must have no type parameters"
}

func h[P]() {} // ERROR "syntax error: missing type constraint"

func k[P any, int]() {} // ERROR "syntax error: missing type constraint"

func k2[P any, *int]() {} // ERROR "syntax error: type parameters must be named"

var fn func[P any]() // ERROR "syntax error: function type must have no type parameters"

type S struct {
	(T) // ERROR "syntax error: cannot parenthesize embedded type"
	*(T) // ERROR "syntax error: cannot parenthesize embedded type"
	1 // ERROR "syntax error: unexpected literal 1, expecting field name or embedded type"
}

var c <-chan<- int // ERROR "syntax error: unexpected <-, expecting chan|unexpected int, expecting chan"

type A [1, 2]int // ERROR "unexpected comma; expecting \]"

var _ = map[string] // ERROR "syntax error: unexpected newline, expecting type"
