// Out-of-range index on an array and on a string.
// EXIT 2
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := "abc"
	k := 3
	fmt.Println(arr[k], s[k-1])
	k++
	fmt.Println(arr[k%5])
	fmt.Println(s[k])
}
