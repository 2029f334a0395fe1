// context: Background/TODO, WithCancel, WithValue, cancel propagation to
// children, Err values and the String forms of contexts.
package main

import (
	"context"
	"errors"
	"fmt"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Err(), bg.Done() == nil)
	_, ok := bg.Deadline()
	fmt.Println("deadline:", ok)

	parent, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "gopher")
	grand, cancelGrand := context.WithCancel(vctx)
	defer cancelGrand()
	fmt.Println(parent)
	fmt.Println(vctx)
	fmt.Println(grand)
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")), grand.Value(key("user")))

	select {
	case <-grand.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done")
	}
	fmt.Println(parent.Err(), child.Err(), grand.Err())
	cancel()
	<-grand.Done()
	<-child.Done()
	fmt.Println(parent.Err(), child.Err(), grand.Err())
	fmt.Println(errors.Is(grand.Err(), context.Canceled), grand.Err() == context.Canceled)
	cancel() // a second cancel does nothing

	// Cancelling a child leaves the parent alone.
	p2, c2 := context.WithCancel(bg)
	k2, ck2 := context.WithCancel(p2)
	ck2()
	fmt.Println(p2.Err(), k2.Err())
	c2()
	fmt.Println(p2.Err(), k2.Err())

	// A child of an already cancelled context is cancelled at once.
	k3, ck3 := context.WithCancel(p2)
	defer ck3()
	fmt.Println(k3.Err())

	// Values shadow outer values with the same key; keys of distinct types differ.
	type otherKey string
	v1 := context.WithValue(bg, key("k"), 1)
	v2 := context.WithValue(v1, key("k"), 2)
	v3 := context.WithValue(v2, otherKey("k"), 3)
	fmt.Println(v1.Value(key("k")), v2.Value(key("k")), v3.Value(key("k")), v3.Value(otherKey("k")))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithCancel(nil)
	}()
	fmt.Println(context.DeadlineExceeded, context.Canceled)
}
