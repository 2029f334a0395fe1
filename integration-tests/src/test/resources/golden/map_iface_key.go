// Interface-typed map keys compare by dynamic type and value.
package main

import "fmt"

type ID int

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[[2]int{1, 1}] = "array"
	m[struct{ A int }{1}] = "struct"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[ID(1)], m["1"], m[1.0])
	fmt.Println(m[[2]int{1, 1}], m[struct{ A int }{1}])
	_, ok := m[int8(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil"
	fmt.Println(m[nil])
}
