// A panic inside a method of a generic type called from a generic function: Go 1.19 names such frames
// main.(*Queue[...]).Pop and main.Drain[...] in the trace; recover works inside generic code.
package main

import "fmt"

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Pop() T {
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func Safe[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func Drain[T any](q *Queue[T], n int) {
	for i := 0; i < n; i++ {
		fmt.Println(q.Pop())
	}
}

func main() {
	q := &Queue[string]{items: []string{"a", "b"}}
	v, err := Safe(q.Pop)
	fmt.Println(v, err)
	_, err = Safe(func() int { var e *Queue[int]; return e.Pop() })
	fmt.Println(err)
	Drain(q, 2)
}
// EXIT 2
