// A generic Stack[T] with methods, instantiated with basic, struct, pointer, slice, map and chan types;
// method values, method expressions, %T and %v of instantiated types.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() T { return s.items[len(s.items)-1] }

func (s Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) String() string { return fmt.Sprintf("Stack%v", s.items) }

type Point struct{ X, Y int }

func main() {
	si := NewStack(1, 2, 3)
	si.Push(4)
	v, ok := si.Pop()
	fmt.Println(v, ok, si.Len(), si.Peek())
	fmt.Println(si)
	fmt.Printf("%T %v\n", si, *si)

	ss := NewStack[string]()
	_, ok = ss.Pop()
	fmt.Println(ok, ss.Len())
	push := ss.Push // method value
	push("a")
	push("b")
	fmt.Println(ss, ss.Len())
	length := Stack[string].Len // method expression
	fmt.Println(length(*ss))

	sp := NewStack(Point{1, 2}, Point{3, 4})
	p, _ := sp.Pop()
	p.X = 100
	fmt.Println(p, sp.Peek())
	fmt.Printf("%T %+v\n", sp, *sp)

	pp := NewStack(&Point{5, 6})
	pp.Peek().Y = 60
	fmt.Println(*pp.Peek())
	fmt.Printf("%T\n", pp)

	sl := NewStack([]int{1}, []int{2, 3})
	fmt.Println(sl.Peek(), sl.Len())
	fmt.Printf("%T\n", *sl)

	sm := NewStack(map[string]int{"a": 1})
	sm.Peek()["b"] = 2
	fmt.Println(len(sm.Peek()), sm.Peek()["b"])
	fmt.Printf("%T\n", sm)

	ch := make(chan int, 1)
	sc := NewStack(ch)
	sc.Peek() <- 42
	fmt.Println(<-ch)
	fmt.Printf("%T\n", sc)

	var st fmt.Stringer = si
	fmt.Println(st.String())
	var anyStack interface{} = *ss
	switch x := anyStack.(type) {
	case Stack[int]:
		fmt.Println("int stack", x.Len())
	case Stack[string]:
		fmt.Println("string stack", x.Len())
	}
}
