// %v, %+v and %#v on structs with nil pointers, slices, maps, embedded structs and interface fields.
package main

import "fmt"

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Inner
	Name  string
	Ptr   *Inner
	M     map[string]int
	Any   interface{}
	Err   error
	Bytes []byte
	Arr   [2]bool
}

func main() {
	o := Outer{Inner: Inner{7, []string{"a", "b"}}, Name: "x", M: map[string]int{"k": 1}, Any: 3.5, Bytes: []byte("hi")}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.Inner)
	fmt.Printf("%v %+v\n", Outer{}, Inner{})
	fmt.Printf("%#v %#v %#v\n", []Inner{{1, nil}}, map[string]bool{"z": true, "a": false}, [2]int{1, 2})
	type point struct{ x, y int }
	fmt.Printf("%v %+v %#v\n", point{1, 2}, point{1, 2}, point{1, 2})
	fmt.Printf("%v %d %s\n", []interface{}{1, "a", nil}, []interface{}{1, 2}, []string{"q", "r"})
	fmt.Printf("%x %X %q\n", "héllo", []byte{1, 171}, []string{"a\tb", "c"})
	fmt.Printf("%5v|%-5v|%05d\n", []int{1, 2}, true, []int{3, 4})
}
