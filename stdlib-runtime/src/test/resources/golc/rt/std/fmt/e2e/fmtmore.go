// More fmt end to end (method dispatch rules, unexported fields, panics in String, %T of composites);
// fmtmore.out is its output under Go 1.19. Run through golc as fmtall.go says.
package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type PtrS struct{ N int }

func (p *PtrS) String() string { return fmt.Sprint("PtrS#", p.N) }

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Inner
	lvl  Level
	Lvl  Level
	M    map[string]Inner
	P    *Inner
	Arr  [2]Level
	Err  error
	Any  any
	f    func()
	Anon struct{ X, y int }
}

type Key struct {
	A string
	B int
}

type Names []string

type GoS int

func (GoS) GoString() string { return "GoS!" }

func main() {
	o := Outer{Inner: Inner{1, []string{"x"}}, lvl: 2, Lvl: 3, M: map[string]Inner{"k": {5, nil}}, Arr: [2]Level{4, 5},
		Err: errors.New("bad"), Any: Level(6)}
	o.Anon.X = 7
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.Inner)
	fmt.Println(Boom{}, []Boom{{}})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
	fmt.Println(PtrS{1}, &PtrS{2}, []*PtrS{{3}}[0], []PtrS{{4}})
	var nilp *PtrS
	fmt.Println(nilp)
	m := map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(m)
	fmt.Println(map[Level]string{3: "c", 1: "a"}, map[string][]int{"x": {1}, "a": nil})
	fmt.Println(Names{"p", "q"}, Names(nil))
	fmt.Printf("%v %#v %T\n", Names{"p"}, Names{"p"}, Names{"p"})
	fmt.Printf("%T %T %T %T %T\n", m, o.Anon, o.f, &o, []any{1})
	fmt.Printf("%T %T %T %T\n", errors.New("e"), fmt.Errorf("w %w", errors.New("e")), Level(1), [3]*int{})
	fmt.Printf("%#v %#v %v\n", GoS(1), []GoS{2}, GoS(3))
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, "q", []any{nil, 1}, struct{ A *int }{})
	fmt.Printf("%v %d\n", [3]Level{1, 2, 3}, [3]Level{1, 2, 3})
	pp := &o.Inner
	fmt.Printf("%v %+v\n", pp, pp)
	var e error
	fmt.Println(e, nil, []error{nil, errors.New("z")})
	fmt.Printf("%5v|%-5v|%05d|%x|%X\n", Level(1), Level(2), Level(3), Level(10), "Level")
	fmt.Printf("%6.2f|%-8.3e|%+g|% g\n", 3.14159, 1234.5678, 2.0, 2.0)
	fmt.Printf("%v %v %v\n", int64(-1)<<63, ^uint32(0), uint8(255))
	fmt.Printf("%c%c%c %q %U\n", 'G', 'o', '!', '\n', '\u00e9')
	fmt.Printf("%08.3f|%-08.3f|%+08d|% 08d\n", -3.5, 3.5, 42, 42)
	fmt.Printf("%x %X %#o %#b\n", -255, "Hi", 8, 5)
	fmt.Printf("%10.4q|%-10q|%q\n", "abcdefg", 'x', []string{"a b", "c"})
	type local struct{ v int }
	fmt.Printf("%v %+v %#v %T\n", local{1}, local{1}, local{1}, local{1})
}
