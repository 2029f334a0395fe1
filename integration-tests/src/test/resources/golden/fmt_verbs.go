// fmt verbs for integers, characters, strings, booleans, and %v/%+v/%#v/%T on composite values.
package main

import "fmt"

type P struct {
	Name string
	Age  int
	tags []string
}

func main() {
	n := 255
	fmt.Printf("%d %b %o %O %x %X %#x %#o %c %U %q\n", n, n, n, n, n, n, n, n, 'G', 0x1F600, 'x')
	fmt.Printf("%d %x %X\n", -42, -42, int8(-1))
	fmt.Printf("%s|%q|%x|%X|% x\n", "hi\n", "hi\n", "hi", "hi", "hi")
	fmt.Printf("%t %v\n", true, false)
	p := P{"Ann", 30, []string{"a"}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", &p, &p, &p)
	s := []int{1, 2}
	fmt.Printf("%v %#v %T %d %x\n", s, s, s, s, s)
	m := map[string]int{"b": 2, "a": 1}
	fmt.Printf("%v %#v %T\n", m, m, m)
	arr := [2]bool{true}
	fmt.Printf("%v %#v %T\n", arr, arr, arr)
	var ip interface{} = 3
	fmt.Printf("%v %#v %T\n", ip, ip, ip)
	fmt.Printf("%#v %#v %#v %#v\n", "s", 1.0, uint8(3), []string{"x"})
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("100%%\n")
	var e error
	fmt.Printf("%v\n", e)
	fmt.Printf("%x %X\n", []byte("abc"), "xyz")
	fmt.Printf("%08b %o %x\n", uint8(5), 64, uint64(1<<63))
}
