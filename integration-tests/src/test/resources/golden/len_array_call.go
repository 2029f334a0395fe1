package main

import "fmt"

var calls int

func arr() [3]int       { calls++; return [3]int{1, 2, 3} }
func parr() *[4]string { calls++; return nil }

// len and cap of a call's array or *array result are not constants; a nil *array still has its length.
func main() {
	fmt.Println(len(arr()), cap(arr()), len(parr()), cap(parr()), calls)
}
