// An interface holding a typed nil pointer is not nil; methods can run on nil receivers.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var direct error
	fmt.Println(direct == nil)
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{Val: 5}, nil, 2}, 3}
	fmt.Println(t.Sum())
	var empty *Tree
	fmt.Println(empty.Sum())
	var i interface{} = empty
	fmt.Println(i == nil, i.(*Tree) == nil)
}
