// append grows capacity as Go's runtime does; printing len and cap shows the growth.
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	b := []byte{}
	for i := 0; i < 40; i++ {
		b = append(b, byte(i))
	}
	fmt.Println(len(b), cap(b))
	s2 := make([]int, 0, 5)
	s2 = append(s2, 1, 2, 3)
	fmt.Println(s2, len(s2), cap(s2))
	s2 = append(s2, s...)
	fmt.Println(len(s2), cap(s2))
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	strs := append([]string(nil), "a", "b", "c")
	fmt.Println(strs, len(strs), cap(strs))
	big := make([]int64, 1000)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
}
