// for loops in every form: three-clause, condition only, infinite with break, and range over each kind.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i, v := range []string{"a", "b"} {
		fmt.Print(i, v, " ")
	}
	for i := range [3]int{} {
		fmt.Print(i, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[i] = v * 10
	}
	fmt.Println(arr)
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	var p *[4]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	for range "ab" {
		fmt.Print("x")
	}
	fmt.Println()
	var nilMap map[int]int
	for range nilMap {
		fmt.Println("never")
	}
	var x int
	for x = 0; x < 3; x++ {
	}
	fmt.Println(x)
}
