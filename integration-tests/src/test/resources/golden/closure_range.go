// Closures capturing range variables: in Go 1.19 one variable per loop, shared by all iterations.
package main

import "fmt"

func main() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
	for _, s := range []string{"x", "y"} {
		s := s
		fs = append(fs, func() string { return s })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range [3]int{} {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
	count := 0
	inc := func() { count++ }
	for range "héllo" {
		inc()
	}
	fmt.Println(count)
}
