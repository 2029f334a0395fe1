// Full slice expressions s[lo:hi:max] cap the capacity so append must reallocate.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	fmt.Println(a, len(a), cap(a))
	b := base[2:4:5]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(base, b)
	b = append(b, 200)
	b[0] = -1
	fmt.Println(base, b, cap(b))
	c := base[:0:0]
	c = append(c, 42)
	fmt.Println(base[0], c)
	arr := [5]string{"a", "b", "c", "d", "e"}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	t := arr[:]
	t[4] = "E"
	fmt.Println(arr)
}
