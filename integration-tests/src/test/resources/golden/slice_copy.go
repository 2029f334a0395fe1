// copy copies min(len) elements, handles overlap, and copies from strings.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src, src[2:])
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "hello")
	fmt.Println(n, string(b))
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	words := []string{"a", "b"}
	w2 := make([]string, 5)
	copy(w2[2:], words)
	fmt.Printf("%q\n", w2)
}
